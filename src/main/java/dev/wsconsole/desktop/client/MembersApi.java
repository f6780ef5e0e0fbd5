package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Members and invitations of a workspace ({@code /v1/{ws}/members}, {@code /invitations}). */
public final class MembersApi {
  private final JsonHttp http;

  public MembersApi(JsonHttp http) {
    this.http = http;
  }

  /** A membership as listed. */
  public record Member(UUID userId, String email, String displayName, String role, Instant joinedAt) {}

  /** An invitation just sent: its one-time token to hand to the invitee. */
  public record Invitation(UUID id, String email, String role, String token) {}

  public Page<Member> list(UUID ws, int limit, String token) {
    return Nodes.page(http.get("/v1/" + ws + "/members?limit=" + limit
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))), MembersApi::read);
  }

  /** The caller's own standing in {@code ws}: the role it acts with there and that role's rights (wire names). */
  public record Mine(String role, java.util.List<String> permissions) {}

  /** One call ({@code GET /v1/{ws}/members/me}, an extension) instead of paging through every member. */
  public Mine mine(UUID ws) {
    JsonNode n = http.get("/v1/" + ws + "/members/me");
    return new Mine(n.path("role").asText(), Nodes.strings(n.path("permissions")));
  }

  public Invitation invite(UUID ws, String email, String role) {
    JsonNode n = http.send("POST", "/v1/" + ws + "/invitations", Map.of("email", email, "role", role));
    return new Invitation(Nodes.uuid(n, "id"), n.path("email").asText(), n.path("role").asText(),
        Nodes.text(n, "token"));
  }

  public Member changeRole(UUID ws, UUID userId, String role) {
    return read(http.send("PATCH", "/v1/" + ws + "/members/" + userId, Map.of("role", role)));
  }

  public void remove(UUID ws, UUID userId) {
    http.send("DELETE", "/v1/" + ws + "/members/" + userId, null);
  }

  public void transferOwnership(UUID ws, UUID userId) {
    http.send("POST", "/v1/" + ws + "/members/transfer-ownership", Map.of("user_id", userId.toString()));
  }

  private static Member read(JsonNode m) {
    return new Member(Nodes.uuid(m, "user_id"), m.path("email").asText(), Nodes.text(m, "display_name"),
        m.path("role").asText(), Nodes.instant(m, "joined_at"));
  }
}
