package dev.wsconsole.server.operations;

import static dev.wsconsole.model.Permission.CALL_VIEW;
import static dev.wsconsole.model.Permission.OPERATOR_ACT;
import static dev.wsconsole.model.Permission.OPERATOR_VIEW;
import static dev.wsconsole.model.Permission.WORLD_WRITE;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.model.Page;
import dev.wsconsole.server.http.Route;
import java.util.List;
import java.util.stream.Stream;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.workspace.DirectoryStore;

import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.model.wire.OperatorViews;
/** Operations routes (issue 5, part 4): calls, active sessions, the development-only simulator and operators. */
public final class OperationsRoutes {
  private static final String IN = "/v1/{workspace_id}";

  private OperationsRoutes() {}

  public static List<Route> routes(TenantTx tx, DirectoryStore directory, AuditStore audit) {
    return Stream.of(callRoutes(tx, directory, audit), operatorRoutes(tx)).flatMap(List::stream).toList();
  }

  private static List<Route> callRoutes(TenantTx tx, DirectoryStore directory, AuditStore audit) {
    CallStore calls = new CallStore(tx);
    CallHandlers handlers = new CallHandlers(audit, calls, new CallSimulator(directory, calls));
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

  private static List<Route> operatorRoutes(TenantTx tx) {
    String ops = IN + "/operators";
    String one = ops + "/{operator_id}";
    OperatorHandlers h = new OperatorHandlers(new OperatorStore(tx), new OperatorSessionStore(tx),
        new OperatorActionStore(tx), new CallStore(tx));
    return List.of(
        Route.of("GET", ops + "/queue", WORKSPACE, OPERATOR_VIEW, "get-operator-queue", 200,
            OperatorViews.Queue.class, h::queue),
        Route.of("GET", ops + "/audit-log", WORKSPACE, OPERATOR_VIEW, "list-audit-log", 200,
            Page.of(OperatorViews.AuditEvent.class), h::auditLog),
        Route.of("GET", ops, WORKSPACE, OPERATOR_VIEW, "list-operators", 200,
            Page.of(OperatorViews.Operator.class), h::list),
        Route.of("POST", ops, WORKSPACE, OPERATOR_ACT, "create-operator", 201, OperatorViews.Operator.class,
            h::create),
        Route.of("GET", one, WORKSPACE, OPERATOR_VIEW, "get-operator", 200, OperatorViews.Operator.class, h::get),
        Route.of("PATCH", one, WORKSPACE, OPERATOR_ACT, "update-operator", 200, OperatorViews.Operator.class,
            h::update),
        Route.of("POST", one + "/join-call", WORKSPACE, OPERATOR_ACT, "operator-join-call", 200,
            OperatorViews.Joined.class, h::join),
        Route.of("POST", one + "/leave-call", WORKSPACE, OPERATOR_ACT, "operator-leave-call", 200,
            OperatorViews.Success.class, h::leave),
        Route.of("POST", one + "/switch-mode", WORKSPACE, OPERATOR_ACT, "operator-switch-mode", 200,
            OperatorViews.Switched.class, h::switchMode),
        Route.of("POST", one + "/send-guidance", WORKSPACE, OPERATOR_ACT, "operator-send-guidance", 200,
            OperatorViews.GuidanceSent.class, h::guide),
        Route.of("POST", one + "/wrap-up", WORKSPACE, OPERATOR_ACT, "operator-wrap-up", 200,
            OperatorViews.Success.class, h::wrapUp));
  }
}
