package dev.wsconsole.server.operations;

import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.BodyFields;
import dev.wsconsole.server.http.FieldRules;
import java.util.Set;

/** Reads the simulator's request: {@code {"count": 1..50}}. */
final class CallRequests {
  static final int MAX_SIMULATED = 50;

  private CallRequests() {}

  static int simulationCount(ApiCall call) {
    BodyFields body = BodyFields.of(call.bodyTree(), Set.of("count"));
    return FieldRules.required(body.integer("count", 1, MAX_SIMULATED), body.loc("count"));
  }
}
