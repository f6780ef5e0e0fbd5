package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Member;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.InvitationResponses;
import dev.wsconsole.model.wire.MemberRequests;
import dev.wsconsole.model.wire.MyMembershipResponses.MyMembership;
import java.util.UUID;

/** Members and invitations of a workspace ({@code /v1/{ws}/members}, {@code /invitations}). */
public final class MembersApi {
  private final JsonHttp http;

  public MembersApi(JsonHttp http) {
    this.http = http;
  }

  public Page<Member> list(UUID ws, int limit, Integer token) {
    return http.page("/v1/" + ws + "/members?limit=" + limit + QueryText.token(token), Member.class);
  }

  /** The caller's own standing in {@code ws} in one call ({@code GET /v1/{ws}/members/me}, an extension). */
  public MyMembership mine(UUID ws) {
    return http.get("/v1/" + ws + "/members/me", MyMembership.class);
  }

  /** An invitation just sent: its one-time token to hand to the invitee. */
  public InvitationResponses.Created invite(UUID ws, String email, String role) {
    return http.send("POST", "/v1/" + ws + "/invitations", new MemberRequests.Invite(email, role),
        InvitationResponses.Created.class);
  }

  public Member changeRole(UUID ws, UUID userId, String role) {
    return http.send("PATCH", "/v1/" + ws + "/members/" + userId, new MemberRequests.ChangeRole(role), Member.class);
  }

  public void remove(UUID ws, UUID userId) {
    http.send("DELETE", "/v1/" + ws + "/members/" + userId, null);
  }

  public void transferOwnership(UUID ws, UUID userId) {
    http.send("POST", "/v1/" + ws + "/members/transfer-ownership",
        new MemberRequests.TransferOwnership(userId.toString()));
  }
}
