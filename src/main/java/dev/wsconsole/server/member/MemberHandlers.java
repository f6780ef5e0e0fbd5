package dev.wsconsole.server.member;

import dev.wsconsole.model.Member;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.Backend;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.ApiException;
import dev.wsconsole.server.http.Page;
import dev.wsconsole.server.http.Params;
import java.util.List;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/members (extensions): list, change a role, remove, transfer ownership. */
public final class MemberHandlers {
  private final Backend backend;

  public MemberHandlers(Backend backend) {
    this.backend = backend;
  }

  /** TransferOwnershipResponse: the new owner and the previous one, now admin. */
  public record Transferred(Member owner, Member previousOwner) {}

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    var page = backend.members.list(call.workspaceId(), limit, offset);
    return Page.of(page.items(), offset, page.total());
  }

  public Object changeRole(ApiCall call) {
    UUID userId = userId(call);
    MemberRequests.ChangeRole req = call.body(MemberRequests.ChangeRole.class);
    Role role = MemberRules.role(req.role(), List.of("body", "role"));
    MemberRules.requireMayGrant(call.access().permissions(), role);
    try {
      return backend.members.changeRole(call.workspaceId(), userId, role,
              current -> MemberRules.requireNotAbove(call.access().permissions(), current),
              AuditRecord.allowed(call.actor(), "member.role_change", "user:" + userId, call.requestId()))
          .orElseThrow(() -> ApiException.notFound("Member"));
    } catch (MemberStore.LastOwnerException e) {
      throw ApiException.conflict(e.getMessage());
    }
  }

  public Object remove(ApiCall call) {
    UUID userId = userId(call);
    try {
      boolean removed = backend.members.remove(call.workspaceId(), userId,
          current -> MemberRules.requireNotAbove(call.access().permissions(), current),
          AuditRecord.allowed(call.actor(), "member.remove", "user:" + userId, call.requestId()));
      if (!removed) {
        throw ApiException.notFound("Member");
      }
      return null;
    } catch (MemberStore.LastOwnerException e) {
      throw ApiException.conflict(e.getMessage());
    }
  }

  /** The target becomes owner and the caller admin, in one transaction. */
  public Object transferOwnership(ApiCall call) {
    MemberRequests.TransferOwnership req = call.body(MemberRequests.TransferOwnership.class);
    if (req.userId() == null) {
      throw ApiException.invalid(List.of("body", "user_id"), "Field required", "missing");
    }
    UUID target = Params.uuid(List.of("body", "user_id"), req.userId());
    UUID caller = call.principal().userId();
    if (target.equals(caller)) {
      throw ApiException.invalid(List.of("body", "user_id"), "You already own this workspace: name another member",
          "value_error");
    }
    boolean done = backend.members.transferOwnership(call.workspaceId(), caller, target,
        current -> {
          if (current != Role.OWNER) {
            throw ApiException.forbidden("Only an owner can transfer ownership.");
          }
        },
        AuditRecord.allowed(call.actor(), "member.transfer_ownership", "user:" + target, call.requestId()));
    if (!done) {
      throw ApiException.notFound("Member");
    }
    return new Transferred(backend.members.get(call.workspaceId(), target).orElseThrow(),
        backend.members.get(call.workspaceId(), caller).orElseThrow());
  }

  private static UUID userId(ApiCall call) {
    return Params.uuid(List.of("path", "user_id"), call.pathParam("user_id"));
  }
}
