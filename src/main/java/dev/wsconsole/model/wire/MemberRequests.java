package dev.wsconsole.model.wire;

/** Request bodies of the member and invitation operations (snake_case on the wire; unknown fields are 422s). */
public final class MemberRequests {
  private MemberRequests() {}

  /** CreateInvitationRequest: who to invite and with which role. */
  public record Invite(String email, String role) {}

  /** AcceptInvitationRequest: the token from the invitation. */
  public record Accept(String token) {}

  /** UpdateMemberRequest: the member's new role. */
  public record ChangeRole(String role) {}

  /** TransferOwnershipRequest: the member who becomes owner. */
  public record TransferOwnership(String userId) {}
}
