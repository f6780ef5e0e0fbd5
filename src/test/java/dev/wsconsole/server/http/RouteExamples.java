package dev.wsconsole.server.http;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A valid request for every route, keyed by operation id, so the role-matrix test can call each
 * route for real. A route without an example fails that test: add one here with the route.
 */
final class RouteExamples {
  /**
   * The state an example may use: the API, the workspace under test, its owner, and the email of the
   * account about to call (null without credentials), set by the test before each example.
   */
  record Fixture(TestApi api, UUID workspace, UUID owner, String slug, AtomicReference<String> caller) {
    Fixture(TestApi api, UUID workspace, UUID owner, String slug) {
      this(api, workspace, owner, slug, new AtomicReference<>());
    }
  }

  /** A concrete request: path with ids filled in, a body (or null), and what to undo after the call. */
  record Request(String path, Object body, Runnable after) {
    Request(String path, Object body) {
      this(path, body, () -> { });
    }
  }

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
    addMemberExamples();
  }

  private static void addMemberExamples() {
    add("list-members", f -> new Request(in(f) + "/members", null));
    add("update-member", f -> new Request(in(f) + "/members/" + freshMember(f, Role.VIEWER), Map.of("role", "member")));
    add("delete-member", f -> new Request(in(f) + "/members/" + freshMember(f, Role.VIEWER), null));
    // Transfer demotes the caller (the matrix's owner key's creator): restore the owner afterwards, whatever
    // the answer, so that later owner-only calls still find an owner behind that key.
    add("transfer-ownership", f -> {
      UUID heir = freshMember(f, Role.VIEWER);
      return new Request(in(f) + "/members/transfer-ownership", Map.of("user_id", heir.toString()), () -> {
        f.api().setRole(f.workspace(), f.owner(), Role.OWNER);
        f.api().removeMember(f.workspace(), heir);
      });
    });
    add("list-invitations", f -> new Request(in(f) + "/invitations", null));
    add("create-invitation", f -> new Request(in(f) + "/invitations",
        Map.of("email", "invitee-" + shortId() + "@example.org", "role", "viewer")));
    add("delete-invitation", f -> new Request(in(f) + "/invitations/" + f.api().issueInvitation(f.workspace(),
        f.owner(), "invitee-" + shortId() + "@example.org", Role.VIEWER).invitation().id(), null));
    // The caller joins a fresh workspace hosted by someone else, invited under the caller's own email.
    add("accept-invitation", f -> {
      String email = f.caller().get() != null ? f.caller().get() : "nobody-" + shortId() + "@example.org";
      UUID host = f.api().user("host-" + shortId() + "@example.org");
      UUID elsewhere = f.api().workspace("join-" + shortId(), Environment.STAGING, host);
      return new Request("/v1/invitations/accept",
          Map.of("token", f.api().invitation(elsewhere, host, email, Role.VIEWER)));
    });
  }

  /** A new account made a member of the fixture's workspace with {@code role}. */
  static UUID freshMember(Fixture f, Role role) {
    UUID user = f.api().user("m-" + shortId() + "@example.org");
    f.api().member(f.workspace(), user, role);
    return user;
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
