package dev.wsconsole.server.agent;

import static dev.wsconsole.testing.ApiAsserts.invalid;
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

/** Agents through the API: CRUD, append-only versions, list parameters, bad input, isolation and audit. */
@Tag("database")
class AgentApiTest {
  private static TestApi api;
  private static UUID ws;
  private static String owner;
  private static String foreignOwner;
  private static UUID foreignWs;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("agents");
    UUID user = api.user("agents-owner@example.org");
    ws = api.workspace("agents-clinic", Environment.STAGING, user);
    owner = api.key(ws, user, Role.OWNER);
    UUID stranger = api.user("agents-stranger@example.org");
    foreignWs = api.workspace("agents-other", Environment.PRODUCTION, stranger);
    foreignOwner = api.key(foreignWs, stranger, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static String agents() {
    return "/v1/" + ws + "/agents";
  }

  private static JsonNode create(String name) {
    TestApi.Answer a = api.post(agents(), owner, Map.of("name", name, "description", "desk"));
    assertEquals(201, a.status(), a.text());
    return a.json();
  }

  @Test
  void anAgentIsCreatedReadRenamedAndDeleted() {
    JsonNode created = create("Front desk");
    String id = created.get("id").asText();
    assertEquals(0, created.get("latest_version").asInt());
    assertEquals(ws.toString(), created.get("workspace_id").asText());
    assertEquals("Front desk", api.get(agents() + "/" + id, owner).json().get("name").asText());
    TestApi.Answer renamed = api.call("PUT", agents() + "/" + id, owner, Map.of("name", "Reception"));
    assertEquals(200, renamed.status(), renamed.text());
    assertEquals("Reception", renamed.json().get("name").asText());
    assertEquals("desk", renamed.json().get("description").asText());
    assertEquals(204, api.call("DELETE", agents() + "/" + id, owner, null).status());
    assertEquals(404, api.get(agents() + "/" + id, owner).status());
    assertEquals(404, api.call("DELETE", agents() + "/" + id, owner, null).status());
    List<String> trail = ApiAsserts.auditTrail(api, ws);
    for (String action : List.of("agent.create agent:", "agent.update agent:", "agent.delete agent:")) {
      assertTrue(trail.contains(action + id), action + " missing from " + trail);
    }
  }

  @Test
  void aNewVersionNeverRewritesAnOldOneAndMovesLatestVersion() {
    String id = create("Versioned").get("id").asText();
    TestApi.Answer v1 = api.post(agents() + "/" + id + "/versions", owner, ConfigFixtures.agentVersion("Ava"));
    assertEquals(201, v1.status(), v1.text());
    assertEquals(1, v1.json().get("version").asInt());
    assertEquals("en", v1.json().get("identity").get("default_spoken_language").asText());
    TestApi.Answer v2 = api.post(agents() + "/" + id + "/versions", owner, ConfigFixtures.agentVersion("Bea"));
    assertEquals(2, v2.json().get("version").asInt());
    assertEquals(2, api.get(agents() + "/" + id, owner).json().get("latest_version").asInt());
    JsonNode versions = api.get(agents() + "/" + id + "/versions?sort_by=version", owner).json();
    assertEquals(2, versions.get("total").asInt());
    assertEquals(v1.json(), versions.get("items").get(0), "version 1 changed");
    assertEquals("Bea", versions.get("items").get(1).get("name").asText());
    assertTrue(ApiAsserts.auditTrail(api, ws).contains("agent.version.create agent:" + id + "@2"));
  }

  @Test
  void theAppRoleCannotRewriteOrDeleteAVersionRow() {
    UUID agent = ConfigFixtures.agent(api, ws);
    for (String sql : List.of("UPDATE console.agent_versions SET document = '{}' WHERE workspace_id = :ws",
        "DELETE FROM console.agent_versions WHERE workspace_id = :ws")) {
      RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
          () -> api.backend.tx().run(ws, h -> h.createUpdate(sql).bind("ws", ws).execute()));
      assertTrue(String.valueOf(e.getCause()).contains("permission denied"), String.valueOf(e.getCause()));
    }
    assertEquals(1, api.get(agents() + "/" + agent + "/versions", owner).json().get("total").asInt());
  }

  @Test
  void aDuplicateNameIsAConflictButADeletedAgentsNameIsFree() {
    String id = create("Night line").get("id").asText();
    TestApi.Answer dup = api.post(agents(), owner, Map.of("name", "Night line"));
    assertEquals(409, dup.status(), dup.text());
    assertFalse(dup.text().contains("duplicate key"), "database text leaked: " + dup.text());
    String other = create("Day line").get("id").asText();
    assertEquals(409, api.call("PUT", agents() + "/" + other, owner, Map.of("name", "Night line")).status());
    assertEquals(204, api.call("DELETE", agents() + "/" + id, owner, null).status());
    create("Night line");
  }

  @Test
  void anAgentUsedByAServiceCannotBeDeleted() {
    UUID service = ConfigFixtures.service(api, ws, owner);
    String agent = api.get("/v1/" + ws + "/services/" + service, owner).json().get("agent_id").asText();
    TestApi.Answer refused = api.call("DELETE", agents() + "/" + agent, owner, null);
    assertEquals(409, refused.status(), refused.text());
    assertEquals(200, api.get(agents() + "/" + agent, owner).status());
  }

  @Test
  void listsSearchSortAndPage() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    for (String n : List.of("b", "a", "c")) {
      create("Search " + tag + " " + n);
    }
    JsonNode page = api.get(agents() + "?search=" + tag + "&sort_by=-name&limit=2", owner).json();
    assertEquals(3, page.get("total").asInt());
    assertTrue(page.get("has_more").asBoolean());
    assertEquals("Search " + tag + " c", page.get("items").get(0).get("name").asText());
    JsonNode rest = api.get(agents() + "?search=" + tag + "&sort_by=-name&limit=2&continuation_token="
        + page.get("continuation_token").asInt(), owner).json();
    assertEquals("Search " + tag + " a", rest.get("items").get(0).get("name").asText());
    assertFalse(rest.get("has_more").asBoolean());
    assertEquals(0, api.get(agents() + "?search=%25", owner).json().get("total").asInt(), "% is not a wildcard");
  }

  @Test
  void badListParametersAre422() {
    invalid(api.get(agents() + "?limit=21", owner), "query.limit", "less_than_equal");
    invalid(api.get(agents() + "?limit=0", owner), "query.limit", "greater_than_equal");
    invalid(api.get(agents() + "?sort_by=secret", owner), "query.sort_by", "enum");
    invalid(api.get(agents() + "?search=" + "x".repeat(201), owner), "query.search", "string_too_long");
  }

  @Test
  void badAgentBodiesAre422() {
    invalid(api.post(agents(), owner, Map.of("name", "x".repeat(257))), "body.name", "string_too_long");
    invalid(api.post(agents(), owner, Map.of("name", "  ")), "body.name", "string_too_short");
    invalid(api.post(agents(), owner, Map.of("name", "ok", "description", "d".repeat(2001))), "body.description",
        "string_too_long");
    invalid(api.post(agents(), owner, Map.of("name", "ok", "colour", "red")), "body.colour", "extra_forbidden");
    invalid(api.post(agents(), owner, Map.of("name", 7)), "body.name", "type_error");
    invalid(api.get(agents() + "/not-a-uuid", owner), "path.agent_id", "uuid_parsing");
  }

  @Test
  void badVersionBodiesAre422() {
    String id = create("Strict " + UUID.randomUUID()).get("id").asText();
    String versions = agents() + "/" + id + "/versions";
    invalid(api.post(versions, owner, with("initials", "ABCDEFGHIJK")), "body.initials", "string_too_long");
    invalid(api.post(versions, owner, with("behaviors", Collections.nCopies(201, "Be kind."))), "body.behaviors",
        "too_long");
    invalid(api.post(versions, owner, with("voice_config", Map.of("voice_id", "v1", "tts_provider", "acme"))),
        "body.voice_config.tts_provider", "enum");
    invalid(api.post(versions, owner, with("voice_config", Map.of("voice_id", "v1", "stability", 1.5))),
        "body.voice_config.stability", "less_than_equal");
    invalid(api.post(versions, owner, Map.of("name", "No identity")), "body.identity", "missing");
    assertEquals(0, api.get(agents() + "/" + id, owner).json().get("latest_version").asInt());
  }

  @Test
  void anotherWorkspacesAgentIsNotFoundNeverForbidden() {
    String id = create("Private").get("id").asText();
    String there = "/v1/" + foreignWs + "/agents/" + id;
    assertEquals(404, api.get(there, foreignOwner).status());
    assertEquals(404, api.call("PUT", there, foreignOwner, Map.of("name", "Stolen")).status());
    assertEquals(404, api.call("DELETE", there, foreignOwner, null).status());
    assertEquals(404, api.post(there + "/versions", foreignOwner, ConfigFixtures.agentVersion("X")).status());
    assertEquals(404, api.get(there + "/versions", foreignOwner).status());
    assertEquals("Private", api.get(agents() + "/" + id, owner).json().get("name").asText());
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = new HashMap<>(ConfigFixtures.agentVersion("Ava"));
    body.put(field, value);
    return body;
  }
}
