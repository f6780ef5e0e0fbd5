package dev.wsconsole.server.member;

import dev.wsconsole.model.Invitation;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.InvitationResponses.Accepted;
import dev.wsconsole.model.wire.InvitationResponses.Created;
import dev.wsconsole.model.wire.MemberRequests;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.auth.AccountRules;
import dev.wsconsole.server.auth.UserStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.workspace.MembershipStore;
import java.util.List;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/invitations and /v1/invitations/accept (extensions). */
public final class InvitationHandlers {
  private final UserStore users;
  private final MembershipStore memberships;
  private final InvitationStore invitations;
  private final MemberStore members;

  public InvitationHandlers(UserStore users, MembershipStore memberships, InvitationStore invitations, MemberStore members) {
    this.users = users;
    this.memberships = memberships;
    this.invitations = invitations;
    this.members = members;
  }



  public Object create(ApiCall call) {
    MemberRequests.Invite req = call.body(MemberRequests.Invite.class);
    if (req.email() == null) {
      throw DomainException.invalid(List.of("body", "email"), "Field required", "missing");
    }
    String email;
    try {
      email = AccountRules.email(req.email());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(List.of("body", "email"), "Input should be a valid email address", "value_error");
    }
    Role role = MemberRules.role(req.role(), List.of("body", "role"));
    MemberRules.requireMayGrant(call.access().permissions(), role);
    var existing = users.byEmail(email);
    if (existing.isPresent() && memberships.roleOf(call.workspaceId(), existing.get().id()).isPresent()) {
      throw DomainException.conflict("This person is already a member of the workspace.");
    }
    try {
      var issued = invitations.create(call.workspaceId(), email, role, call.principal().userId(),
          AuditRecord.allowed(call.actor(), "member.invite", "", call.requestId()));
      Invitation i = issued.invitation();
      return new Created(i.id(), i.workspaceId(), i.email(), i.role(), i.invitedBy(), i.createdAt(), i.expiresAt(),
          issued.token());
    } catch (InvitationStore.PendingExistsException e) {
      throw DomainException.conflict(e.getMessage());
    }
  }

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    var page = invitations.listPending(call.workspaceId(), limit, offset);
    return Page.of(page.items(), offset, page.total());
  }

  public Object revoke(ApiCall call) {
    UUID id = Params.uuid(List.of("path", "invitation_id"), call.pathParam("invitation_id"));
    boolean revoked = invitations.revoke(call.workspaceId(), id,
        inv -> MemberRules.requireMayGrant(call.access().permissions(), inv.role()),
        AuditRecord.allowed(call.actor(), "member.invite_revoke", "", call.requestId()));
    if (!revoked) {
      throw DomainException.notFound("Invitation");
    }
    return null;
  }

  /** Joins the signed-in account (a session: the route's scope refuses keys) to the invited workspace. */
  public Object accept(ApiCall call) {
    MemberRequests.Accept req = call.body(MemberRequests.Accept.class);
    if (req.token() == null) {
      throw DomainException.invalid(List.of("body", "token"), "Field required", "missing");
    }
    InvitationToken token = InvitationToken.parse(req.token().strip()).orElseThrow(() -> DomainException.invalid(
        List.of("body", "token"), "Not an invitation token (they start with " + InvitationToken.PREFIX + ")",
        "value_error"));
    UUID userId = call.principal().userId();
    String email = users.byId(userId).orElseThrow(() -> DomainException.unauthorized("Unknown account.")).email();
    var result = invitations.accept(token, userId, email,
        AuditRecord.allowed(call.actor(), "member.accept", "", call.requestId()));
    switch (result.outcome()) {
      case ACCEPTED:
        return new Accepted(token.workspaceId(), members.get(token.workspaceId(), userId).orElseThrow());
      case UNKNOWN:
        throw DomainException.notFound("Invitation");
      case USED:
        throw new DomainException(DomainException.Kind.GONE, "This invitation has already been used.");
      case REVOKED:
        throw new DomainException(DomainException.Kind.GONE, "This invitation was revoked.");
      case EXPIRED:
        throw new DomainException(DomainException.Kind.GONE, "This invitation has expired; ask for a new one.");
      case WRONG_EMAIL:
        throw DomainException.forbidden("This invitation was sent to another email address than your account's.");
      case ALREADY_MEMBER:
        throw DomainException.conflict("You are already a member of this workspace.");
      default:
        throw new IllegalStateException("unhandled outcome " + result.outcome());
    }
  }
}
