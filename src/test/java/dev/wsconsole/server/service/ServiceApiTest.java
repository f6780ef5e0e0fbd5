package dev.wsconsole.server.service;

import static dev.wsconsole.testing.ApiAsserts.invalid;
import static dev.wsconsole.testing.ApiAsserts.notFoundNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Services through the API: every contract field, same-workspace references, list parameters, bad input, audit. */
@Tag("database")
class ServiceApiTest {
  private static TestApi api;
  private static UUID ws;
  private static String owner;
  private static UUID agent;
  private static UUID graph;
  private static UUID foreignAgent;
  private static UUID foreignGraph;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("services");
    UUID user = api.user("services-owner@example.org");
    ws = api.workspace("services-clinic", Environment.STAGING, user);
    owner = api.key(ws, user, Role.OWNER);
    agent = ConfigFixtures.agent(api, ws);
    graph = ConfigFixtures.graph(api, ws);
    UUID stranger = api.user("services-stranger@example.org");
    UUID other = api.workspace("services-other", Environment.PRODUCTION, stranger);
    foreignAgent = ConfigFixtures.agent(api, other);
    foreignGraph = ConfigFixtures.graph(api, other);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static String services() {
    return "/v1/" + ws + "/services";
  }

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new HashMap<>(ConfigFixtures.serviceBody(agent, graph));
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void aServiceKeepsEveryContractField() {
    TestApi.Answer a = api.post(services(), owner, body("channel_type", "text", "environment", "sandbox",
        "keyterms", List.of("Dr. Okafor"), "tags", List.of(Map.of("key", "site", "value", "north")),
        "tool_capacity", 7, "safety_filters_enabled", false, "is_active", false,
        "escalation_policy", Map.of("risk_scorer", Map.of("type", "forward")),
        "version_sets", Map.of("release", Map.of("agent_version_number", 1, "context_graph_version_number", 1,
            "llm_model_preferences", Map.of("main", Map.of("llm_name", "small")))),
        "voice_config", Map.of("filler_style", "phrase", "tts_provider", "cartesia")));
    assertEquals(201, a.status(), a.text());
    JsonNode s = api.get(services() + "/" + a.json().get("id").asText(), owner).json();
    assertEquals("text", s.get("channel_type").asText());
    assertEquals("sandbox", s.get("environment").asText());
    assertEquals("north", s.get("tags").get(0).get("value").asText());
    assertEquals(7, s.get("tool_capacity").asInt());
    assertFalse(s.get("safety_filters_enabled").asBoolean());
    assertEquals("forward", s.get("escalation_policy").get("risk_scorer").get("type").asText());
    assertEquals(1, s.get("version_sets").get("release").get("agent_version_number").asInt());
    assertEquals(400, s.get("voice_config").get("backchannel_delay_ms").asInt(), "contract default");
    assertTrue(s.get("agent_name").asText().startsWith("Agent "));
    assertFalse(s.get("is_system").asBoolean());
  }

  @Test
  void defaultsFollowTheContract() {
    JsonNode s = api.post(services(), owner, body()).json();
    assertEquals("voice", s.get("channel_type").asText());
    assertEquals("production", s.get("environment").asText());
    assertEquals(3, s.get("tool_capacity").asInt());
    assertTrue(s.get("is_active").asBoolean());
    assertTrue(s.get("safety_filters_enabled").asBoolean());
    assertTrue(s.get("escalation_policy").isNull());
  }

  @Test
  void foreignOrUnknownReferencesAre404NamingTheField() {
    notFoundNaming(api.post(services(), owner, body("agent_id", foreignAgent.toString())), "agent_id");
    notFoundNaming(api.post(services(), owner, body("context_graph_id", foreignGraph.toString())), "context_graph_id");
    notFoundNaming(api.post(services(), owner, body("agent_id", UUID.randomUUID().toString())), "agent_id");
    notFoundNaming(api.post(services(), owner, body("version_sets", Map.of("release",
        Map.of("agent_version_number", 9)))), "version_sets.release.agent_version_number");
    notFoundNaming(api.post(services(), owner, body("version_sets", Map.of("release",
        Map.of("context_graph_version_number", 2)))), "version_sets.release.context_graph_version_number");
    notFoundNaming(api.post(services(), owner, body("persona_id", UUID.randomUUID().toString())), "persona_id");
    String id = api.post(services(), owner, body()).json().get("id").asText();
    notFoundNaming(api.call("PUT", services() + "/" + id, owner, Map.of("agent_id", foreignAgent.toString())),
        "agent_id");
    assertEquals(agent.toString(), api.get(services() + "/" + id, owner).json().get("agent_id").asText());
  }

  @Test
  void badInputIs422() {
    invalid(api.post(services(), owner, body("tool_capacity", 11)), "body.tool_capacity", "less_than_equal");
    invalid(api.post(services(), owner, body("tool_capacity", 0)), "body.tool_capacity", "greater_than_equal");
    invalid(api.post(services(), owner, body("channel_type", "fax")), "body.channel_type", "enum");
    invalid(api.post(services(), owner, body("environment", "staging")), "body.environment", "enum");
    invalid(api.post(services(), owner, body("escalation_policy", Map.of("risk_scorer", Map.of("type", "panic")))),
        "body.escalation_policy.risk_scorer.type", "enum");
    invalid(api.post(services(), owner, body("keyterms", Collections.nCopies(501, "term"))), "body.keyterms",
        "too_long");
    invalid(api.post(services(), owner, body("keyterms", List.of("x".repeat(129)))), "body.keyterms.0",
        "string_too_long");
    invalid(api.post(services(), owner, body("tags", Collections.nCopies(51, Map.of("key", "k")))), "body.tags",
        "too_long");
    invalid(api.post(services(), owner, body("agent_id", "not-a-uuid")), "body.agent_id", "type_error");
    invalid(api.post(services(), owner, body("voice_config", Map.of("eot_timeout_ms", 70000))),
        "body.voice_config.eot_timeout_ms", "less_than_equal");
    invalid(api.post(services(), owner, body("version_sets", Map.of("r", Map.of("agent_version_number", 0)))),
        "body.version_sets.r.agent_version_number", "greater_than_equal");
    Map<String, Object> missing = body();
    missing.remove("context_graph_id");
    invalid(api.post(services(), owner, missing), "body.context_graph_id", "missing");
    invalid(api.get(services() + "?is_active=maybe", owner), "query.is_active", "bool_parsing");
  }

  @Test
  void aDuplicateNameIsAConflict() {
    Map<String, Object> first = body();
    assertEquals(201, api.post(services(), owner, first).status());
    TestApi.Answer dup = api.post(services(), owner, body("name", first.get("name")));
    assertEquals(409, dup.status(), dup.text());
    assertTrue(dup.json().get("detail").asText().contains((String) first.get("name")));
    String other = api.post(services(), owner, body()).json().get("id").asText();
    assertEquals(409, api.call("PUT", services() + "/" + other, owner, Map.of("name", first.get("name"))).status());
  }

  @Test
  void updatesChangeOnlyWhatIsGivenAndDeletesAreAudited() {
    String id = api.post(services(), owner, body("keyterms", List.of("a"), "tool_capacity", 4)).json()
        .get("id").asText();
    TestApi.Answer u = api.call("PUT", services() + "/" + id, owner, Map.of("tool_capacity", 9,
        "description", "after hours"));
    assertEquals(200, u.status(), u.text());
    assertEquals(9, u.json().get("tool_capacity").asInt());
    assertEquals("[\"a\"]", u.json().get("keyterms").toString());
    invalid(api.call("PUT", services() + "/" + id, owner, Map.of("tool_capacity", 12)), "body.tool_capacity",
        "less_than_equal");
    assertEquals(204, api.call("DELETE", services() + "/" + id, owner, null).status());
    assertEquals(404, api.get(services() + "/" + id, owner).status());
    List<String> trail = ApiAsserts.auditTrail(api, ws);
    for (String action : List.of("service.create", "service.update", "service.delete")) {
      assertTrue(trail.contains(action + " service:" + id), action + " missing: " + trail);
    }
  }

  @Test
  void listsSearchSortFilterAndPage() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    api.post(services(), owner, body("name", "List " + tag + " b"));
    api.post(services(), owner, body("name", "List " + tag + " a", "is_active", false));
    api.post(services(), owner, body("name", "List " + tag + " c"));
    JsonNode all = api.get(services() + "?search=" + tag + "&sort_by=name", owner).json();
    assertEquals(3, all.get("total").asInt());
    assertEquals("List " + tag + " a", all.get("items").get(0).get("name").asText());
    JsonNode active = api.get(services() + "?search=" + tag + "&is_active=true&sort_by=-name&limit=1", owner).json();
    assertEquals(2, active.get("total").asInt());
    assertEquals("List " + tag + " c", active.get("items").get(0).get("name").asText());
    assertEquals(1, active.get("continuation_token").asInt());
    invalid(api.get(services() + "?sort_by=agent_id", owner), "query.sort_by", "enum");
  }

  @Test
  void anotherWorkspacesServiceIsNotFound() {
    String id = api.post(services(), owner, body()).json().get("id").asText();
    UUID stranger = api.user("services-thief@example.org");
    UUID theirs = api.workspace("services-thief", Environment.DEVELOPMENT, stranger);
    String theirKey = api.key(theirs, stranger, Role.OWNER);
    String there = "/v1/" + theirs + "/services/" + id;
    assertEquals(404, api.get(there, theirKey).status());
    assertEquals(404, api.call("PUT", there, theirKey, Map.of("name", "mine")).status());
    assertEquals(404, api.call("DELETE", there, theirKey, null).status());
    assertEquals(0, api.get("/v1/" + theirs + "/services", theirKey).json().get("total").asInt());
  }
}
