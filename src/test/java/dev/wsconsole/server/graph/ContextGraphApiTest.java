package dev.wsconsole.server.graph;

import static dev.wsconsole.testing.ApiAsserts.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Context graphs through the API: CRUD, typed versions, the summary, bad input, isolation and audit. */
@Tag("database")
class ContextGraphApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("context_graphs");
  private static final Tenant ws = tenants.workspace("graphs-clinic", Environment.STAGING, "graphs-owner@example.org")
      .keys(Role.OWNER).memberWithKey("graphs-viewer@example.org", Role.VIEWER);
  private static final Tenant foreignWs = tenants.workspace("graphs-other", Environment.PRODUCTION,
      "graphs-stranger@example.org").keys(Role.OWNER);

  private static String graphs() {
    return "/v1/" + ws.id() + "/context-graphs";
  }

  private static String newGraph() {
    TestApi.Answer a = tenants.api().post(graphs(), ws.ownerKey(), Map.of("name", ConfigFixtures.uniqueName("Graph")));
    assertEquals(201, a.status(), a.text());
    return graphs() + "/" + a.json().get("id").asText();
  }

  @Test
  void versionsAreTypedStoredWithDefaultsAndCountedInTheGraph() {
    String graph = newGraph();
    TestApi.Answer v1 = tenants.api().post(graph + "/versions", ws.ownerKey(), ConfigFixtures.graphVersion());
    assertEquals(201, v1.status(), v1.text());
    JsonNode states = v1.json().get("states");
    assertEquals("decision", states.get(1).get("type").asText());
    assertEquals(10, states.get(2).get("max_turns").asInt(), "contract default filled in");
    assertEquals(0, states.get(0).get("guardrails").size());
    JsonNode head = tenants.api().get(graph, ws.keyOfMember(Role.VIEWER)).json();
    assertEquals(1, head.get("latest_version").asInt());
    assertEquals(4, head.get("state_count").asInt());
    Map<String, Object> smaller = new HashMap<>(ConfigFixtures.graphVersion());
    smaller.put("states", List.of(ConfigFixtures.action("only", List.of())));
    smaller.put("new_user_initial_state", "only");
    smaller.put("returning_user_initial_state", "only");
    smaller.put("terminal_state", "only");
    assertEquals(201, tenants.api().post(graph + "/versions", ws.ownerKey(), smaller).status());
    assertEquals(1, tenants.api().get(graph, ws.keyOfMember(Role.VIEWER)).json().get("state_count").asInt());
    JsonNode first = tenants.api().get(graph + "/versions?sort_by=version&limit=1", ws.keyOfMember(Role.VIEWER)).json();
    assertEquals(v1.json(), first.get("items").get(0), "version 1 was rewritten");
    List<String> trail = ApiAsserts.auditTrail(tenants.api(), ws.id());
    String id = graph.substring(graph.lastIndexOf('/') + 1);
    assertTrue(trail.contains("context_graph.version.create context_graph:" + id + "@2"), trail.toString());
  }

  @Test
  void theSummaryNamesStatesTransitionsEntriesAndProblems() {
    String graph = newGraph();
    assertEquals(404, tenants.api().get(graph + "/summary", ws.keyOfMember(Role.VIEWER)).status(), "no versions yet");
    Map<String, Object> body = new HashMap<>(ConfigFixtures.graphVersion());
    List<Object> states = new ArrayList<>((List<?>) body.get("states"));
    states.add(ConfigFixtures.action("orphan", List.of(ConfigFixtures.exit("back", "greet"))));
    states.add(ConfigFixtures.action("stuck", List.of()));
    states.set(0, ConfigFixtures.action("greet", List.of(ConfigFixtures.exit("why", "route"),
        ConfigFixtures.exit("silence", "stuck"))));
    body.put("states", states);
    assertEquals(201, tenants.api().post(graph + "/versions", ws.ownerKey(), body).status());
    JsonNode s = tenants.api().get(graph + "/summary", ws.keyOfMember(Role.VIEWER)).json();
    assertEquals(1, s.get("version").asInt());
    assertEquals("greet", s.get("new_user_entry_state").asText());
    assertEquals("end", s.get("terminal_state").asText());
    assertEquals(6, s.get("states").size());
    assertEquals("[\"orphan\"]", s.get("unreachable_states").toString());
    assertEquals("[\"stuck\"]", s.get("dead_ends").toString());
    assertEquals(6, s.get("transitions").size());
    assertTrue(s.get("lines").toString().contains("'route' -> 'book' when: Wants an appointment"), s.toString());
    assertEquals(404, tenants.api().get(graph + "/summary?version=9", ws.keyOfMember(Role.VIEWER)).status());
    invalid(tenants.api().get(graph + "/summary?version=0", ws.keyOfMember(Role.VIEWER)), "query.version",
        "greater_than_equal");
  }

  @Test
  void graphsThatNameMissingStatesAreRefused() {
    String graph = newGraph() + "/versions";
    invalid(tenants.api().post(graph, ws.ownerKey(), with("terminal_state", "nowhere")), "body.terminal_state",
        "value_error");
    List<Object> states = new ArrayList<>(states());
    states.set(0, ConfigFixtures.action("greet", List.of(ConfigFixtures.exit("x", "ghost"))));
    invalid(tenants.api().post(graph, ws.ownerKey(), with("states", states)),
        "body.states.0.exit_conditions.0.next_state",
        "value_error");
    states.set(0, ConfigFixtures.action("route", List.of()));
    invalid(tenants.api().post(graph, ws.ownerKey(), with("states", states)), "body.states.1.name", "value_error");
    invalid(tenants.api().post(graph, ws.ownerKey(), with("states", List.of())), "body.states", "too_short");
  }

  @Test
  void badStateFieldsAre422() {
    String graph = newGraph() + "/versions";
    invalid(tenants.api().post(graph, ws.ownerKey(), withFirstState("wait_for", "forever")), "body.states.0.wait_for",
        "enum");
    invalid(tenants.api().post(graph, ws.ownerKey(), withFirstState("guardrails", List.of(Map.of("name", "g",
        "description", "d",
        "enforcement", "maybe")))), "body.states.0.guardrails.0.enforcement", "enum");
    invalid(tenants.api().post(graph, ws.ownerKey(), withFirstState("action_tool_call_specs",
        List.of(Map.of("tool_id", "lookup",
        "progress", Map.of("interval_ms", 50))))), "body.states.0.action_tool_call_specs.0.progress.interval_ms",
        "greater_than_equal");
    invalid(tenants.api().post(graph, ws.ownerKey(), withFirstState("turn_policy", Map.of("degradation_threshold",
        -2))),
        "body.states.0.turn_policy.degradation_threshold", "greater_than_equal");
    invalid(tenants.api().post(graph, ws.ownerKey(), withFirstState("guardrails", List.of(Map.of("name",
        "g".repeat(129),
        "description", "d")))), "body.states.0.guardrails.0.name", "string_too_long");
    Map<String, Object> unknownType = new HashMap<>(ConfigFixtures.action("greet", List.of()));
    unknownType.put("type", "teleport");
    List<Object> states = new ArrayList<>(states());
    states.set(0, unknownType);
    assertEquals(422, tenants.api().post(graph, ws.ownerKey(), with("states", states)).status());
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < GraphRules.MAX_STATES + 1; i++) {
      many.add(ConfigFixtures.action("s" + i, List.of()));
    }
    invalid(tenants.api().post(graph, ws.ownerKey(), with("states", many)), "body.states", "too_long");
  }

  @Test
  void namesAreUniqueAndAnotherWorkspacesGraphIsNotFound() {
    String name = ConfigFixtures.uniqueName("Intake");
    assertEquals(201, tenants.api().post(graphs(), ws.ownerKey(), Map.of("name", name)).status());
    assertEquals(409, tenants.api().post(graphs(), ws.ownerKey(), Map.of("name", name)).status());
    String graph = newGraph();
    String there = graph.replace(ws.id().toString(), foreignWs.id().toString());
    assertEquals(404, tenants.api().get(there, foreignWs.ownerKey()).status());
    assertEquals(404, tenants.api().get(there + "/summary", foreignWs.ownerKey()).status());
    assertEquals(404, tenants.api().post(there + "/versions", foreignWs.ownerKey(),
        ConfigFixtures.graphVersion()).status());
    assertEquals(404, tenants.api().call("DELETE", there, foreignWs.ownerKey(), null).status());
    assertEquals(403, tenants.api().post(graph + "/versions", ws.keyOfMember(Role.VIEWER),
        ConfigFixtures.graphVersion()).status());
    assertEquals(204, tenants.api().call("DELETE", graph, ws.ownerKey(), null).status());
    assertEquals(404, tenants.api().get(graph + "/versions", ws.ownerKey()).status());
  }

  private static List<?> states() {
    return (List<?>) ConfigFixtures.graphVersion().get("states");
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = new HashMap<>(ConfigFixtures.graphVersion());
    body.put(field, value);
    return body;
  }

  private static Map<String, Object> withFirstState(String field, Object value) {
    Map<String, Object> first = new HashMap<>(ConfigFixtures.action("greet",
        List.of(ConfigFixtures.exit("why", "route"))));
    first.put(field, value);
    List<Object> states = new ArrayList<>(states());
    states.set(0, first);
    return with("states", states);
  }
}
