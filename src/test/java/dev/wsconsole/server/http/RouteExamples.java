package dev.wsconsole.server.http;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A valid request for every route, keyed by operation id, so the role-matrix test can call each
 * route for real. A route without an example fails that test: add one here with the route.
 */
final class RouteExamples {
  /** The state an example may use: the API, the workspace under test and its owner. */
  record Fixture(TestApi api, UUID workspace, UUID owner, String slug) {}

  /** A concrete request: path with ids filled in, and a body (or null). */
  record Request(String path, Object body) {}

  static final Map<String, Function<Fixture, Request>> EXAMPLES = new HashMap<>();

  private static void add(String operationId, Function<Fixture, Request> example) {
    EXAMPLES.put(operationId, example);
  }

  static {
    add("health", f -> new Request("/healthz", null));
    add("openapi", f -> new Request("/openapi.json", null));
    add("login", f -> new Request("/v1/auth/login", Map.of("email", "owner-" + f.slug() + "@example.org",
        "password", TestApi.PASSWORD)));
    add("logout", f -> new Request("/v1/auth/logout", null));
    add("get-auth-info", f -> new Request("/v1/auth/me", null));
    add("create-my-workspace", f -> new Request("/v1/me/workspaces", Map.of("slug", "ws-" + shortId(),
        "name", "New clinic", "environment", "development")));
    add("list-workspaces", f -> new Request("/v1/workspaces", null));
    add("get-workspace", f -> new Request(ws(f), null));
    add("update-workspace", f -> new Request(ws(f), Map.of("name", "Renamed " + shortId())));
    add("provision-workspace", f -> new Request(ws(f) + "/provision", null));
    add("archive-workspace", f -> new Request(ws(f) + "/archive", Map.of("slug", f.slug())));
    add("check-environment-conversion", f -> new Request(ws(f) + "/environment-check?target=staging", null));
    add("convert-workspace-environment", f -> {
      Environment now = f.api().backend.directory.get(f.workspace()).orElseThrow().environment();
      String target = now == Environment.PRODUCTION ? "staging" : "production";
      return new Request(ws(f) + "/convert-environment", Map.of("target", target, "confirm_slug", f.slug()));
    });
    add("get-test-caller-numbers", f -> new Request(ws(f) + "/test-caller-numbers", null));
    add("update-test-caller-numbers", f -> new Request(ws(f) + "/test-caller-numbers",
        Map.of("numbers", List.of("+14155550123"))));
    add("list-api-keys", f -> new Request(in(f) + "/api-keys", null));
    add("create-api-key", f -> new Request(in(f) + "/api-keys", Map.of("duration_days", 7, "role", "viewer")));
    add("get-api-key-permission-catalog", f -> new Request(in(f) + "/api-keys/permission-catalog", null));
    add("delete-api-key", f -> new Request(in(f) + "/api-keys/" + viewerKeyId(f), null));
    add("rotate-api-key", f -> new Request(in(f) + "/api-keys/" + viewerKeyId(f) + "/rotate",
        Map.of("duration_days", 7)));
    add("check-isolation", f -> new Request(in(f) + "/isolation-check", null));
  }

  static {
    add("list-phone-numbers", f -> new Request(in(f) + "/phone-numbers?status=active", null));
    add("create-phone-number", f -> new Request(in(f) + "/phone-numbers",
        Map.of("phone_number", TestPhoneNumbers.fresh(), "display_name", "Front desk")));
    add("get-phone-number", f -> new Request(phoneNumber(f), null));
    add("update-phone-number", f -> new Request(phoneNumber(f), Map.of("notes", "Reception")));
    add("delete-phone-number", f -> new Request(phoneNumber(f), null));
    add("set-phone-number-forwarding", f -> new Request(phoneNumber(f) + "/forwarding",
        Map.of("forward_to", TestPhoneNumbers.fresh())));
    add("clear-phone-number-forwarding", f -> new Request(phoneNumber(f) + "/forwarding", null));
    add("get-voice-settings", f -> new Request(in(f) + "/settings/voice", null));
    add("update-voice-settings", f -> new Request(in(f) + "/settings/voice", Map.of("speed", 1.1)));
    add("get-security-settings", f -> new Request(in(f) + "/settings/security", null));
    add("update-security-settings", f -> new Request(in(f) + "/settings/security",
        Map.of("voice_auth_enabled", false)));
    add("get-retention-policy", f -> new Request(in(f) + "/settings/retention", null));
    add("update-retention-policy", f -> new Request(in(f) + "/settings/retention",
        Map.of("call_recordings_days", 400)));
  }

  /** A fresh number of the fixture's workspace, so every role's call finds one to change or delete. */
  static String phoneNumber(Fixture f) {
    return in(f) + "/phone-numbers/" + TestPhoneNumbers.number(f.api(), f.workspace(), TestPhoneNumbers.fresh()).id();
  }

  private RouteExamples() {}

  static String ws(Fixture f) {
    return "/v1/workspaces/" + f.workspace();
  }

  static String in(Fixture f) {
    return "/v1/" + f.workspace();
  }

  static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A fresh viewer key made by the owner: any role allowed to manage keys may revoke or rotate it. */
  static UUID viewerKeyId(Fixture f) {
    return f.api().issueKey(f.workspace(), f.owner(), Role.VIEWER).key().id();
  }
}
