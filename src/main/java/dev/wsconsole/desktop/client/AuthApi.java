package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sign-in, sign-out and "who am I" ({@code /v1/auth/*}). */
public final class AuthApi {
  private final JsonHttp http;

  public AuthApi(JsonHttp http) {
    this.http = http;
  }

  /** A console session just opened: its bearer token and the account behind it. */
  public record SignedIn(String token, UUID userId, String email, List<UUID> workspaceIds) {}

  /** What the server knows of the credential in use; {@code role}/{@code permissions} only for API keys. */
  public record Me(String kind, UUID userId, String name, UUID keyWorkspaceId, String role,
                   List<String> permissions, Instant expiresAt, List<UUID> workspaceIds) {
    public boolean isKey() {
      return "api_key".equals(kind);
    }
  }

  public SignedIn login(String email, String password) {
    JsonNode n = http.send("POST", "/v1/auth/login", Map.of("email", email, "password", password));
    return new SignedIn(n.path("access_token").asText(), Nodes.uuid(n, "user_id"), n.path("email").asText(),
        Nodes.list(n.path("workspace_ids"), x -> UUID.fromString(x.asText())));
  }

  public Me me() {
    JsonNode n = http.get("/v1/auth/me");
    return new Me(n.path("kind").asText(), Nodes.uuid(n, "user_id"), Nodes.text(n, "name"),
        Nodes.uuid(n, "workspace_id"), Nodes.text(n, "role"), Nodes.strings(n.path("permissions")),
        Nodes.instant(n, "expires_at"), Nodes.list(n.path("workspace_ids"), x -> UUID.fromString(x.asText())));
  }

  public void logout() {
    http.send("POST", "/v1/auth/logout", null);
  }
}
