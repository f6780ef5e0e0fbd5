package dev.wsconsole.server.member;

import dev.wsconsole.model.wire.MyMembershipResponses.MyMembership;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.http.ApiCall;

/**
 * {@code GET /v1/{workspace_id}/members/me} (extension): the caller's own standing in the workspace,
 * so a console learns its role and rights with one call instead of paging through every member.
 */
public final class MyMembershipHandler {

  public Object get(ApiCall call) {
    Access access = call.access();
    return new MyMembership(access.workspaceId(), access.principal().userId(),
        access.principal().isKey() ? "api_key" : "session", access.role(),
        access.permissions().stream().map(p -> p.wireName()).sorted().toList());
  }
}
