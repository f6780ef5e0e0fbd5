package dev.wsconsole.server.http;

import java.util.Map;
import java.util.function.Function;

/** Role-matrix examples of the live-events routes (the JSON backlog form, which answers and ends). */
final class LiveRouteExamples {
  private LiveRouteExamples() {}

  static void register(Map<String, Function<RouteExamples.Fixture, RouteExamples.Request>> examples) {
    examples.put("get-event-stream", f -> new RouteExamples.Request(RouteExamples.in(f) + "/events/stream", null));
  }
}
