package dev.wsconsole.server.http;

import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.CallFixtures;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Requests for the operations routes: calls, active sessions, the simulator (run in development, then reverted). */
final class OperationsRouteExamples {
  private OperationsRouteExamples() {}

  static void register(BiConsumer<String, Function<RouteExamples.Fixture, RouteExamples.Request>> add) {
    add.accept("list-calls", f -> new RouteExamples.Request(RouteExamples.in(f) + "/calls?direction=inbound", null));
    add.accept("get-call-detail", f -> new RouteExamples.Request(RouteExamples.in(f) + "/calls/"
        + CallFixtures.call(f.api(), f.workspace(), false).id(), null));
    add.accept("list_active_sessions_v1__workspace_id__sessions_active_get",
        f -> new RouteExamples.Request(RouteExamples.in(f) + "/sessions/active", null));
    add.accept("simulate-calls", f -> {
      Environment before = f.api().backend.directory().get(f.workspace()).orElseThrow().environment();
      CallFixtures.environment(f.api(), f.workspace(), Environment.DEVELOPMENT);
      return new RouteExamples.Request(RouteExamples.in(f) + "/calls/simulate", Map.of("count", 2),
          () -> CallFixtures.environment(f.api(), f.workspace(), before));
    });
  }
}
