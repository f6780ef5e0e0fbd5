package dev.wsconsole.server.member;

import dev.wsconsole.model.Member;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.MemberRequests;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/members (extensions): list, change a role, remove, transfer ownership. */
public final class MemberHandlers {
  private final MemberStore members;

  public MemberHandlers(MemberStore members) {
    this.members = members;
  }

  /** TransferOwnershipResponse: the new owner and the previous one, now admin. */
  public record Transferred(Member owner, Member previousOwner) {}

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    var page = members.list(call.workspaceId(), limit, offset);
    return Page.of(page.items(), offset, page.total());
  }

  public Object changeRole(ApiCall call) {
    UUID userId = userId(call);
    MemberRequests.ChangeRole req = call.body(MemberRequests.ChangeRole.class);
    Role role = MemberRules.role(req.role(), List.of("body", "role"));
    MemberRules.requireMayGrant(call.access().permissions(), role);
    try {
      return members.changeRole(call.workspaceId(), userId, role,
              current -> MemberRules.requireNotAbove(call.access().permissions(), current),
              AuditRecord.allowed(call.actor(), "member.role_change", "user:" + userId, call.requestId()))
          .orElseThrow(() -> DomainException.notFound("Member"));
    } catch (MemberStore.LastOwnerException e) {
      throw DomainException.conflict(e.getMessage());
    }
  }

  public Object remove(ApiCall call) {
    UUID userId = userId(call);
    try {
      boolean removed = members.remove(call.workspaceId(), userId,
          current -> MemberRules.requireNotAbove(call.access().permissions(), current),
          AuditRecord.allowed(call.actor(), "member.remove", "user:" + userId, call.requestId()));
      if (!removed) {
        throw DomainException.notFound("Member");
      }
      return null;
    } catch (MemberStore.LastOwnerException e) {
      throw DomainException.conflict(e.getMessage());
    }
  }

  /** The target becomes owner and the caller admin, in one transaction. */
  public Object transferOwnership(ApiCall call) {
    MemberRequests.TransferOwnership req = call.body(MemberRequests.TransferOwnership.class);
    if (req.userId() == null) {
      throw DomainException.invalid(List.of("body", "user_id"), "Field required", "missing");
    }
    UUID target = Params.uuid(List.of("body", "user_id"), req.userId());
    UUID caller = call.principal().userId();
    if (target.equals(caller)) {
      throw DomainException.invalid(List.of("body", "user_id"), "You already own this workspace: name another member",
          "value_error");
    }
    boolean done = members.transferOwnership(call.workspaceId(), caller, target,
        current -> {
          if (current != Role.OWNER) {
            throw DomainException.forbidden("Only an owner can transfer ownership.");
          }
        },
        AuditRecord.allowed(call.actor(), "member.transfer_ownership", "user:" + target, call.requestId()));
    if (!done) {
      throw DomainException.notFound("Member");
    }
    return new Transferred(members.get(call.workspaceId(), target).orElseThrow(),
        members.get(call.workspaceId(), caller).orElseThrow());
  }

  private static UUID userId(ApiCall call) {
    return Params.uuid(List.of("path", "user_id"), call.pathParam("user_id"));
  }
}
