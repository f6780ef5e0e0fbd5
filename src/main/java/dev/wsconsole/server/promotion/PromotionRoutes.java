package dev.wsconsole.server.promotion;

import static dev.wsconsole.model.Permission.WORKSPACE_UPDATE;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.server.auth.Authenticator;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.http.Route;
import java.util.List;

/** Routes of promotion (extensions beyond the platform API): preview and apply, by an admin of both workspaces. */
public final class PromotionRoutes {
  private static final String WS = "/v1/workspaces/{workspace_id}";

  private PromotionRoutes() {}

  public static List<Route> routes(TenantTx tx, Authenticator authenticator) {
    PromotionHandlers promotion = new PromotionHandlers(tx, authenticator);
    return List.of(
        Route.extension("POST", WS + "/promotion-preview", WORKSPACE, WORKSPACE_UPDATE, "preview-workspace-promotion",
            200, PromotionResponses.Preview.class, promotion::preview).body(PromotionRequests.Preview.class),
        Route.extension("POST", WS + "/promote", WORKSPACE, WORKSPACE_UPDATE, "promote-workspace", 200,
            PromotionResponses.Promoted.class, promotion::promote).body(PromotionRequests.Promote.class));
  }
}
