package dev.wsconsole.server.http;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Role-matrix examples of the promotion routes: a fresh target workspace the calling person administers. */
final class PromotionRouteExamples {
  private PromotionRouteExamples() {}

  static void register(Map<String, Function<RouteExamples.Fixture, RouteExamples.Request>> examples) {
    examples.put("preview-workspace-promotion", f -> new RouteExamples.Request(
        RouteExamples.ws(f) + "/promotion-preview", Map.of("target_workspace_id", target(f).toString())));
    examples.put("promote-workspace", f -> new RouteExamples.Request(
        RouteExamples.ws(f) + "/promote", Map.of("target_workspace_id", target(f).toString())));
  }

  /** A new production workspace where the caller (or, without one, a stranger) is an admin. */
  static UUID target(RouteExamples.Fixture f) {
    UUID host = f.api().user("host-" + RouteExamples.shortId() + "@example.org");
    UUID target = f.api().workspace("prod-" + RouteExamples.shortId(), Environment.PRODUCTION, host);
    String caller = f.caller().get();
    if (caller != null) {
      f.api().backend.users().byEmail(caller).ifPresent(u -> f.api().member(target, u.id(), Role.ADMIN));
    }
    return target;
  }
}
