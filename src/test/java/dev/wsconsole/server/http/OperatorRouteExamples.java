package dev.wsconsole.server.http;

import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.OperatorFixtures;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Requests for the operator routes: each acts on a fresh operator record bound to the calling account (and a
 * fresh live call when it needs one).
 */
final class OperatorRouteExamples {
  private OperatorRouteExamples() {}

  static void register(BiConsumer<String, Function<RouteExamples.Fixture, RouteExamples.Request>> add) {
    add.accept("list-operators", f -> new RouteExamples.Request(base(f), null));
    add.accept("get-operator-queue", f -> new RouteExamples.Request(base(f) + "/queue", null));
    add.accept("list-audit-log", f -> new RouteExamples.Request(base(f) + "/audit-log?action=operator.create", null));
    add.accept("create-operator", f -> new RouteExamples.Request(base(f),
        Map.of("name", "Dana Reyes", "email", "dana@example.org", "type", "administrative")));
    add.accept("get-operator", f -> new RouteExamples.Request(one(f), null));
    add.accept("update-operator", f -> new RouteExamples.Request(one(f), Map.of("status", "online")));
    add.accept("operator-join-call", f -> new RouteExamples.Request(one(f) + "/join-call",
        Map.of("call_sid", CallFixtures.call(f.api(), f.workspace(), true).callSid(), "mode", "listen")));
    add.accept("operator-leave-call", f -> onCall(f, "/leave-call", Map.of()));
    add.accept("operator-switch-mode", f -> onCall(f, "/switch-mode", Map.of("mode", "takeover")));
    add.accept("operator-send-guidance", f -> onCall(f, "/send-guidance", Map.of("message", "Verify the DOB.")));
    add.accept("operator-wrap-up", f -> onCall(f, "/wrap-up", Map.of("outcome", "resolved")));
  }

  private static RouteExamples.Request onCall(RouteExamples.Fixture f, String action, Map<String, Object> more) {
    OperatorFixtures.OnCall on = OperatorFixtures.onCall(f.api(), f.workspace(), f.caller().get());
    Map<String, Object> body = new java.util.HashMap<>(more);
    body.put("call_sid", on.callSid());
    return new RouteExamples.Request(base(f) + "/" + on.operator() + action, body);
  }

  private static String one(RouteExamples.Fixture f) {
    return base(f) + "/" + OperatorFixtures.operator(f.api(), f.workspace(), f.caller().get());
  }

  private static String base(RouteExamples.Fixture f) {
    return RouteExamples.in(f) + "/operators";
  }
}
