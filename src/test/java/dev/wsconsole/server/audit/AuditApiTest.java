package dev.wsconsole.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The audit log through the API: filters, paging, summary, NDJSON export, denials, and chain verification. */
@Tag("database")
class AuditApiTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("audit_api");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /**
   * A workspace with an owner key and {@code keys} more keys created through the API: the log then holds
   * workspace.create and keys + 1 api_key.create entries.
   */
  private static Object[] workspaceWithKeys(String slug, int keys) {
    UUID owner = api.user(slug + "@example.org");
    UUID ws = api.workspace(slug, Environment.STAGING, owner);
    String key = api.key(ws, owner, Role.OWNER);
    for (int i = 0; i < keys; i++) {
      assertEquals(201, api.post("/v1/" + ws + "/api-keys", key, Map.of("duration_days", 3)).status());
    }
    return new Object[] {ws, key};
  }

  private static void asOwner(UUID ws, String sql) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      st.execute("SELECT set_config('app.workspace_id', '" + ws + "', false)");
      st.execute(sql);
    }
  }

  @Test
  void listsFilterByActionAndPageWithTotals() {
    Object[] w = workspaceWithKeys("audit-list", 5);
    JsonNode page = api.get("/v1/" + w[0] + "/audit?action=api_key.create&limit=2&offset=2", (String) w[1]).json();
    assertEquals(6, page.get("total").asInt());
    assertEquals(2, page.get("events").size());
    assertTrue(page.get("has_more").asBoolean());
    for (JsonNode e : page.get("events")) {
      assertEquals("api_key.create", e.get("action").asText());
      assertEquals("api_key", e.get("resource_type").asText());
      assertEquals("console", e.get("service").asText());
    }
    JsonNode none = api.get("/v1/" + w[0] + "/audit?date_to=2001-01-01T00:00:00Z", (String) w[1]).json();
    assertEquals(0, none.get("total").asInt());
  }

  @Test
  void theSummaryCountsEntriesAndActors() {
    Object[] w = workspaceWithKeys("audit-summary", 3);
    JsonNode s = api.get("/v1/" + w[0] + "/audit/summary", (String) w[1]).json();
    assertEquals(5, s.get("total_events").asInt()); // workspace.create + 4 key creations
    assertEquals(1, s.get("services_with_events").asInt());
  }

  @Test
  void anExportHasOneLinePerEntryAndNothingOfAnotherWorkspace() {
    Object[] mine = workspaceWithKeys("audit-export", 4);
    Object[] other = workspaceWithKeys("audit-export-other", 4);
    TestApi.Answer created = api.post("/v1/" + mine[0] + "/audit/export", (String) mine[1],
        Map.of("date_from", "2020-01-01T00:00:00Z", "date_to", "2100-01-01T00:00:00Z", "action", "api_key.create"));
    assertEquals(200, created.status(), created.text());
    int rows = created.json().get("row_count").asInt();
    assertEquals(5, rows);
    TestApi.Answer file = api.get(created.json().get("download_url").asText(), (String) mine[1]);
    assertEquals(200, file.status(), file.text());
    String[] lines = file.text().strip().split("\n");
    assertEquals(rows, lines.length);
    assertFalse(file.text().contains(other[0].toString()));
    assertTrue(api.get("/v1/" + mine[0] + "/audit?action=audit.export", (String) mine[1]).json()
        .get("total").asInt() == 1, "the export itself is audited");
  }

  @Test
  void aDeniedCallIsAuditedAsDenied() {
    Object[] w = workspaceWithKeys("audit-denied", 0);
    UUID viewer = api.user("viewer-audit-denied@example.org");
    api.member((UUID) w[0], viewer, Role.VIEWER);
    String viewerKey = api.key((UUID) w[0], viewer, Role.VIEWER);
    assertEquals(403, api.post("/v1/" + w[0] + "/api-keys", viewerKey, Map.of("duration_days", 1)).status());
    JsonNode denied = api.get("/v1/" + w[0] + "/audit?action=create-api-key", (String) w[1]).json();
    assertEquals(1, denied.get("total").asInt());
    assertEquals("denied", denied.get("events").get(0).get("metadata").get("result").asText());
    assertEquals(viewer.toString(), denied.get("events").get(0).get("actor_entity_id").asText());
  }

  @Test
  void verificationFindsAnEditedAndADeletedEntry() throws Exception {
    Object[] w = workspaceWithKeys("audit-verify", 4);
    String verify = "/v1/" + w[0] + "/audit/verify";
    JsonNode ok = api.post(verify, (String) w[1], null).json();
    assertTrue(ok.get("valid").asBoolean(), ok.toString());
    assertEquals(6, ok.get("entries_checked").asInt());

    asOwner((UUID) w[0], "UPDATE console.audit_events SET reason = 'nothing to see' WHERE seq = 3");
    JsonNode edited = api.post(verify, (String) w[1], null).json();
    assertFalse(edited.get("valid").asBoolean());
    assertEquals(3, edited.get("first_broken_seq").asInt());

    asOwner((UUID) w[0], "UPDATE console.audit_events SET reason = '' WHERE seq = 3; "
        + "DELETE FROM console.audit_events WHERE seq = 2");
    JsonNode deleted = api.post(verify, (String) w[1], null).json();
    assertFalse(deleted.get("valid").asBoolean());
    assertEquals(2, deleted.get("first_broken_seq").asInt(), deleted.toString());
  }

  @Test
  void badPagingAndDatesAre422() {
    Object[] w = workspaceWithKeys("audit-bad", 0);
    for (String q : new String[] {"limit=0", "limit=101", "offset=-1", "date_from=yesterday", "actor_entity_id=x"}) {
      TestApi.Answer a = api.get("/v1/" + w[0] + "/audit?" + q, (String) w[1]);
      assertEquals(422, a.status(), q + " " + a.text());
    }
    assertEquals(422, api.post("/v1/" + w[0] + "/audit/export", (String) w[1], Map.of("date_from", "2020-01-01T00:00:00Z"))
        .status());
  }
}
