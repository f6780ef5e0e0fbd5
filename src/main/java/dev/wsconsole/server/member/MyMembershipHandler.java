package dev.wsconsole.server.member;

import dev.wsconsole.model.Role;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /v1/{workspace_id}/members/me} (extension): the caller's own standing in the workspace,
 * so a console learns its role and rights with one call instead of paging through every member.
 */
public final class MyMembershipHandler {
  /** MyMembership: who asks ({@code kind} session or api_key), the role they act with here and its rights. */
  public record MyMembership(UUID workspaceId, UUID userId, String kind, Role role, List<String> permissions) {}

  public Object get(ApiCall call) {
    Access access = call.access();
    return new MyMembership(access.workspaceId(), access.principal().userId(),
        access.principal().isKey() ? "api_key" : "session", access.role(),
        access.permissions().stream().map(p -> p.wireName()).sorted().toList());
  }
}
