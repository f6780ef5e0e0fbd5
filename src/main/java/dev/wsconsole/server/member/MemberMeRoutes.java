package dev.wsconsole.server.member;

import static dev.wsconsole.model.Permission.WORKSPACE_VIEW;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.server.http.Route;
import java.util.List;

import dev.wsconsole.model.wire.MyMembershipResponses;
/** The route of the caller's own membership (an extension: the published API has no such operation). */
public final class MemberMeRoutes {
  private MemberMeRoutes() {}

  /** Every role holds WORKSPACE_VIEW, so every member (and every key) may ask who it is here. */
  public static List<Route> routes() {
    MyMembershipHandler me = new MyMembershipHandler();
    return List.of(Route.extension("GET", "/v1/{workspace_id}/members/me", WORKSPACE, WORKSPACE_VIEW,
        "get-my-membership", 200, MyMembershipResponses.MyMembership.class, me::get));
  }
}
