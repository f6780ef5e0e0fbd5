package dev.wsconsole.server.http;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
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
    add("list-audit-events", f -> new Request(in(f) + "/audit?limit=5&action=api_key.create", null));
    add("get-audit-summary", f -> new Request(in(f) + "/audit/summary?date_from=2020-01-01T00:00:00Z", null));
    add("create-audit-export", f -> new Request(in(f) + "/audit/export",
        Map.of("date_from", "2020-01-01T00:00:00Z", "date_to", "2100-01-01T00:00:00Z")));
    add("download-audit-export", f -> new Request(in(f) + "/audit/exports/" + UUID.randomUUID()
        + "?date_from=2020-01-01T00:00:00Z", null));
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
