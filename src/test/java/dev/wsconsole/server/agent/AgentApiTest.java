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
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agents through the API: CRUD, append-only versions, list parameters, bad input, isolation and audit. */
@Tag("database")
class AgentApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("agents");
  private static final Tenant ws = tenants.workspace("agents-clinic", Environment.STAGING, "agents-owner@example.org")
      .keys(Role.OWNER);
  private static final Tenant foreignWs = tenants.workspace("agents-other", Environment.PRODUCTION,
      "agents-stranger@example.org").keys(Role.OWNER);

  private static String agents() {
    return "/v1/" + ws.id() + "/agents";
  }

  private static JsonNode create(String name) {
    TestApi.Answer a = tenants.api().post(agents(), ws.ownerKey(), Map.of("name", name, "description", "desk"));
    assertEquals(201, a.status(), a.text());
    return a.json();
  }

  @Test
  void anAgentIsCreatedReadRenamedAndDeleted() {
    JsonNode created = create("Front desk");
    String id = created.get("id").asText();
    assertEquals(0, created.get("latest_version").asInt());
    assertEquals(ws.id().toString(), created.get("workspace_id").asText());
    assertEquals("Front desk", tenants.api().get(agents() + "/" + id, ws.ownerKey()).json().get("name").asText());
    TestApi.Answer renamed = tenants.api().call("PUT", agents() + "/" + id, ws.ownerKey(), Map.of("name", "Reception"));
    assertEquals(200, renamed.status(), renamed.text());
    assertEquals("Reception", renamed.json().get("name").asText());
    assertEquals("desk", renamed.json().get("description").asText());
    assertEquals(204, tenants.api().call("DELETE", agents() + "/" + id, ws.ownerKey(), null).status());
    assertEquals(404, tenants.api().get(agents() + "/" + id, ws.ownerKey()).status());
    assertEquals(404, tenants.api().call("DELETE", agents() + "/" + id, ws.ownerKey(), null).status());
    List<String> trail = ApiAsserts.auditTrail(tenants.api(), ws.id());
    for (String action : List.of("agent.create agent:", "agent.update agent:", "agent.delete agent:")) {
      assertTrue(trail.contains(action + id), action + " missing from " + trail);
    }
  }

  @Test
  void aNewVersionNeverRewritesAnOldOneAndMovesLatestVersion() {
    String id = create("Versioned").get("id").asText();
    TestApi.Answer v1 = tenants.api().post(agents() + "/" + id + "/versions", ws.ownerKey(),
        ConfigFixtures.agentVersion("Ava"));
    assertEquals(201, v1.status(), v1.text());
    assertEquals(1, v1.json().get("version").asInt());
    assertEquals("en", v1.json().get("identity").get("default_spoken_language").asText());
    TestApi.Answer v2 = tenants.api().post(agents() + "/" + id + "/versions", ws.ownerKey(),
        ConfigFixtures.agentVersion("Bea"));
    assertEquals(2, v2.json().get("version").asInt());
    assertEquals(2, tenants.api().get(agents() + "/" + id, ws.ownerKey()).json().get("latest_version").asInt());
    JsonNode versions = tenants.api().get(agents() + "/" + id + "/versions?sort_by=version", ws.ownerKey()).json();
    assertEquals(2, versions.get("total").asInt());
    assertEquals(v1.json(), versions.get("items").get(0), "version 1 changed");
    assertEquals("Bea", versions.get("items").get(1).get("name").asText());
    assertTrue(ApiAsserts.auditTrail(tenants.api(), ws.id()).contains("agent.version.create agent:" + id + "@2"));
  }

  @Test
  void theAppRoleCannotRewriteOrDeleteAVersionRow() {
    UUID agent = ConfigFixtures.agent(tenants.api(), ws.id());
    for (String sql : List.of("UPDATE console.agent_versions SET document = '{}' WHERE workspace_id = :ws",
        "DELETE FROM console.agent_versions WHERE workspace_id = :ws")) {
      RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
          () -> tenants.api().backend.tx().run(ws.id(), h -> h.createUpdate(sql).bind("ws", ws.id()).execute()));
      assertTrue(String.valueOf(e.getCause()).contains("permission denied"), String.valueOf(e.getCause()));
    }
    assertEquals(1, tenants.api().get(agents() + "/" + agent + "/versions", ws.ownerKey()).json().get("total").asInt());
  }

  @Test
  void aDuplicateNameIsAConflictButADeletedAgentsNameIsFree() {
    String id = create("Night line").get("id").asText();
    TestApi.Answer dup = tenants.api().post(agents(), ws.ownerKey(), Map.of("name", "Night line"));
    assertEquals(409, dup.status(), dup.text());
    assertFalse(dup.text().contains("duplicate key"), "database text leaked: " + dup.text());
    String other = create("Day line").get("id").asText();
    assertEquals(409, tenants.api().call("PUT", agents() + "/" + other, ws.ownerKey(), Map.of("name",
        "Night line")).status());
    assertEquals(204, tenants.api().call("DELETE", agents() + "/" + id, ws.ownerKey(), null).status());
    create("Night line");
  }

  @Test
  void anAgentUsedByAServiceCannotBeDeleted() {
    UUID service = ConfigFixtures.service(tenants.api(), ws.id(), ws.ownerKey());
    String agent = tenants.api().get("/v1/" + ws.id() + "/services/" + service,
        ws.ownerKey()).json().get("agent_id").asText();
    TestApi.Answer refused = tenants.api().call("DELETE", agents() + "/" + agent, ws.ownerKey(), null);
    assertEquals(409, refused.status(), refused.text());
    assertEquals(200, tenants.api().get(agents() + "/" + agent, ws.ownerKey()).status());
  }

  @Test
  void listsSearchSortAndPage() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    for (String n : List.of("b", "a", "c")) {
      create("Search " + tag + " " + n);
    }
    JsonNode page = tenants.api().get(agents() + "?search=" + tag + "&sort_by=-name&limit=2", ws.ownerKey()).json();
    assertEquals(3, page.get("total").asInt());
    assertTrue(page.get("has_more").asBoolean());
    assertEquals("Search " + tag + " c", page.get("items").get(0).get("name").asText());
    JsonNode rest = tenants.api().get(agents() + "?search=" + tag + "&sort_by=-name&limit=2&continuation_token="
        + page.get("continuation_token").asInt(), ws.ownerKey()).json();
    assertEquals("Search " + tag + " a", rest.get("items").get(0).get("name").asText());
    assertFalse(rest.get("has_more").asBoolean());
    assertEquals(0, tenants.api().get(agents() + "?search=%25", ws.ownerKey()).json().get("total").asInt(),
        "% is not a wildcard");
  }

  @Test
  void badListParametersAre422() {
    invalid(tenants.api().get(agents() + "?limit=21", ws.ownerKey()), "query.limit", "less_than_equal");
    invalid(tenants.api().get(agents() + "?limit=0", ws.ownerKey()), "query.limit", "greater_than_equal");
    invalid(tenants.api().get(agents() + "?sort_by=secret", ws.ownerKey()), "query.sort_by", "enum");
    invalid(tenants.api().get(agents() + "?search=" + "x".repeat(201), ws.ownerKey()), "query.search",
        "string_too_long");
  }

  @Test
  void badAgentBodiesAre422() {
    invalid(tenants.api().post(agents(), ws.ownerKey(), Map.of("name", "x".repeat(257))), "body.name",
        "string_too_long");
    invalid(tenants.api().post(agents(), ws.ownerKey(), Map.of("name", "  ")), "body.name", "string_too_short");
    invalid(tenants.api().post(agents(), ws.ownerKey(), Map.of("name", "ok", "description", "d".repeat(2001))),
        "body.description",
        "string_too_long");
    invalid(tenants.api().post(agents(), ws.ownerKey(), Map.of("name", "ok", "colour", "red")), "body.colour",
        "extra_forbidden");
    invalid(tenants.api().post(agents(), ws.ownerKey(), Map.of("name", 7)), "body.name", "type_error");
    invalid(tenants.api().get(agents() + "/not-a-uuid", ws.ownerKey()), "path.agent_id", "uuid_parsing");
  }

  @Test
  void badVersionBodiesAre422() {
    String id = create("Strict " + UUID.randomUUID()).get("id").asText();
    String versions = agents() + "/" + id + "/versions";
    invalid(tenants.api().post(versions, ws.ownerKey(), with("initials", "ABCDEFGHIJK")), "body.initials",
        "string_too_long");
    invalid(tenants.api().post(versions, ws.ownerKey(), with("behaviors", Collections.nCopies(201, "Be kind."))),
        "body.behaviors",
        "too_long");
    invalid(tenants.api().post(versions, ws.ownerKey(), with("voice_config", Map.of("voice_id", "v1", "tts_provider",
        "acme"))),
        "body.voice_config.tts_provider", "enum");
    invalid(tenants.api().post(versions, ws.ownerKey(), with("voice_config", Map.of("voice_id", "v1", "stability",
        1.5))),
        "body.voice_config.stability", "less_than_equal");
    invalid(tenants.api().post(versions, ws.ownerKey(), Map.of("name", "No identity")), "body.identity", "missing");
    assertEquals(0, tenants.api().get(agents() + "/" + id, ws.ownerKey()).json().get("latest_version").asInt());
  }

  @Test
  void anotherWorkspacesAgentIsNotFoundNeverForbidden() {
    String id = create("Private").get("id").asText();
    String there = "/v1/" + foreignWs.id() + "/agents/" + id;
    assertEquals(404, tenants.api().get(there, foreignWs.ownerKey()).status());
    assertEquals(404, tenants.api().call("PUT", there, foreignWs.ownerKey(), Map.of("name", "Stolen")).status());
    assertEquals(404, tenants.api().call("DELETE", there, foreignWs.ownerKey(), null).status());
    assertEquals(404, tenants.api().post(there + "/versions", foreignWs.ownerKey(),
        ConfigFixtures.agentVersion("X")).status());
    assertEquals(404, tenants.api().get(there + "/versions", foreignWs.ownerKey()).status());
    assertEquals("Private", tenants.api().get(agents() + "/" + id, ws.ownerKey()).json().get("name").asText());
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = new HashMap<>(ConfigFixtures.agentVersion("Ava"));
    body.put(field, value);
    return body;
  }
}
