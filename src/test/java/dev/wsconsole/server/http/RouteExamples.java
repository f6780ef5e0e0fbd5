package dev.wsconsole.server.http;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
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
    add("archive-workspace", f -> new Request(ws(f) + "/archive", Map.of("slug", f.slug()),
        () -> setArchived(f, false)));
    add("restore-workspace", f -> {
      setArchived(f, true);
      return new Request(ws(f) + "/restore", null, () -> setArchived(f, false));
    });
    add("check-environment-conversion", f -> new Request(ws(f) + "/environment-check?target=staging", null));
    add("convert-workspace-environment", f -> {
      Environment now = f.api().backend.directory().get(f.workspace()).orElseThrow().environment();
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
    add("list-audit-events", f -> new Request(in(f) + "/audit?limit=5&action=api_key.create", null));
    add("get-audit-summary", f -> new Request(in(f) + "/audit/summary?date_from=2020-01-01T00:00:00Z", null));
    add("create-audit-export", f -> new Request(in(f) + "/audit/export",
        Map.of("date_from", "2020-01-01T00:00:00Z", "date_to", "2100-01-01T00:00:00Z")));
    add("verify-audit-chain", f -> new Request(in(f) + "/audit/verify", null));
    add("check-isolation", f -> new Request(in(f) + "/isolation-check", null));

    add("list-agents", f -> new Request(in(f) + "/agents?search=agent&sort_by=-name", null));
    add("create-agent", f -> new Request(in(f) + "/agents", Map.of("name", ConfigFixtures.uniqueName("Agent"))));
    add("get-agent", f -> new Request(in(f) + "/agents/" + ConfigFixtures.agent(f.api(), f.workspace()), null));
    add("update-agent", f -> new Request(in(f) + "/agents/" + ConfigFixtures.agent(f.api(), f.workspace()),
        Map.of("description", "Renamed")));
    add("delete-agent", f -> new Request(in(f) + "/agents/" + ConfigFixtures.agent(f.api(), f.workspace()), null));
    add("list-agent-versions", f -> new Request(in(f) + "/agents/" + ConfigFixtures.agent(f.api(), f.workspace())
        + "/versions", null));
    add("create-agent-version", f -> new Request(in(f) + "/agents/" + ConfigFixtures.agent(f.api(), f.workspace())
        + "/versions", ConfigFixtures.agentVersion("Ava")));
    add("list-context_graphs", f -> new Request(in(f) + "/context-graphs?sort_by=latest_version", null));
    add("create-context_graph", f -> new Request(in(f) + "/context-graphs",
        Map.of("name", ConfigFixtures.uniqueName("Graph"))));
    add("get-context_graph", f -> new Request(graph(f), null));
    add("update-context_graph", f -> new Request(graph(f), Map.of("name", ConfigFixtures.uniqueName("Graph"))));
    add("delete-context_graph", f -> new Request(graph(f), null));
    add("list-context_graph-versions", f -> new Request(graph(f) + "/versions", null));
    add("create-context_graph-version", f -> new Request(graph(f) + "/versions", ConfigFixtures.graphVersion()));
    add("get-context_graph-summary", f -> new Request(graph(f) + "/summary", null));
    add("list-services", f -> new Request(in(f) + "/services?is_active=true&sort_by=name", null));
    add("create-service", f -> new Request(in(f) + "/services", ConfigFixtures.serviceBody(
        ConfigFixtures.agent(f.api(), f.workspace()), ConfigFixtures.graph(f.api(), f.workspace()))));
    add("get-service", f -> new Request(service(f), null));
    add("update-service", f -> new Request(service(f), Map.of("tool_capacity", 5)));
    add("delete-service", f -> new Request(service(f), null));

    add("list-data-sources", f -> new Request(in(f) + "/data-sources?source_type=fhir&search=source&is_active=true",
        null));
    add("create-data-source", f -> new Request(in(f) + "/data-sources",
        SafetyFixtures.dataSourceBody(ConfigFixtures.uniqueName("Source"))));
    add("get-data-source", f -> new Request(dataSource(f), null));
    add("update-data-source", f -> new Request(dataSource(f), Map.of("display_name", "Main EHR")));
    add("delete-data-source", f -> new Request(dataSource(f), null));
    add("data-source-status", f -> new Request(dataSource(f) + "/status", null));
    add("trigger-data-source-sync", f -> new Request(dataSource(f) + "/sync", null));
    add("data-source-sync-history", f -> new Request(dataSource(f) + "/sync-history?days=7", null));
    add("list-data-source-sync-runs", f -> new Request(dataSource(f) + "/sync-runs?limit=5", null));
    add("get-safety-config", f -> new Request(in(f) + "/safety/config", null));
    add("update-safety-config", f -> new Request(in(f) + "/safety/config", Map.of("triage_timeout_s", 4.5)));
    add("list-safety-templates", f -> new Request(in(f) + "/safety/templates", null));
    add("get-safety-template", f -> new Request(in(f) + "/safety/templates/hipaa-minimum-necessary", null));
    add("apply-safety-template", f -> new Request(in(f) + "/safety/templates/fda-medwatch-adverse-events/apply",
        Map.of("override_existing", true)));
    add("list-monitor-concepts", f -> new Request(in(f) + "/monitor-concepts", null));
    add("create-monitor-concept", f -> new Request(in(f) + "/monitor-concepts",
        SafetyFixtures.conceptBody(ConfigFixtures.uniqueName("Concept"))));
    add("get-monitor-concept", f -> new Request(concept(f), null));
    add("update-monitor-concept", f -> new Request(concept(f), Map.of("threshold", 0.6)));
    add("delete-monitor-concept", f -> new Request(concept(f), null));
    addMemberExamples();
    VoiceprintRouteExamples.register(RouteExamples::add);
    PromotionRouteExamples.register(EXAMPLES);
    OperationsRouteExamples.register(RouteExamples::add);
    OperatorRouteExamples.register(RouteExamples::add);
    ReviewRouteExamples.register(RouteExamples::add);
    WorldRouteExamples.register(RouteExamples::add);
    AuditRouteExamples.register(RouteExamples::add);
    add("get-my-membership", f -> new Request(in(f) + "/members/me", null));
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

  static {
    LiveRouteExamples.register(EXAMPLES);
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

  /** Archives or restores the workspace under test directly (the examples after it need it writable). */
  static void setArchived(Fixture f, boolean archived) {
    var audit = dev.wsconsole.server.audit.AuditRecord.allowed(Map.of("type", "test"), "fixture", "", "test");
    if (archived) {
      f.api().backend.directory().updateAudited(f.workspace(), new dev.wsconsole.server.workspace.DirectoryStore
          .Change(null, null, null, false, true, null), audit);
    } else {
      f.api().backend.directory().restoreAudited(f.workspace(), audit);
    }
  }

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

  static String graph(Fixture f) {
    return in(f) + "/context-graphs/" + ConfigFixtures.graph(f.api(), f.workspace());
  }

  /** A fresh service made by the owner's key (services are created through the API, which checks references). */
  static String service(Fixture f) {
    String ownerKey = f.api().key(f.workspace(), f.owner(), Role.OWNER);
    return in(f) + "/services/" + ConfigFixtures.service(f.api(), f.workspace(), ownerKey);
  }

  /** A fresh data source made through the API by the owner. */
  static String dataSource(Fixture f) {
    return in(f) + "/data-sources/" + SafetyFixtures.dataSource(f.api(), f.workspace(), f.owner());
  }

  /** A fresh monitor concept made through the API by the owner. */
  static String concept(Fixture f) {
    return in(f) + "/monitor-concepts/" + SafetyFixtures.concept(f.api(), f.workspace(), f.owner());
  }
}
