package dev.wsconsole.server.operations;

import static dev.wsconsole.model.Permission.CALL_VIEW;
import static dev.wsconsole.model.Permission.WORLD_WRITE;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.server.Backend;
import dev.wsconsole.server.http.Route;
import java.util.List;

/** Operations routes (issue 5, part 4): calls, active sessions and the development-only call simulator. */
public final class OperationsRoutes {
  private static final String IN = "/v1/{workspace_id}";

  private OperationsRoutes() {}

  public static List<Route> routes(Backend b) {
    CallStore calls = new CallStore(b.tx);
    CallHandlers handlers = new CallHandlers(b, calls, new CallSimulator(b.directory, calls));
    return List.of(
        Route.of("GET", IN + "/calls", WORKSPACE, CALL_VIEW, "list-calls", 200,
            CallViews.CallListResponse.class, handlers::list),
        Route.extension("POST", IN + "/calls/simulate", WORKSPACE, WORLD_WRITE, "simulate-calls", 201,
            CallViews.SimulationResult.class, handlers::simulate),
        Route.of("GET", IN + "/calls/{call_id}", WORKSPACE, CALL_VIEW, "get-call-detail", 200,
            CallViews.CallDetailResponse.class, handlers::get),
        Route.of("GET", IN + "/sessions/active", WORKSPACE, CALL_VIEW,
            "list_active_sessions_v1__workspace_id__sessions_active_get", 200,
            new ListOf(CallViews.ActiveSession.class), handlers::active));
  }
}
