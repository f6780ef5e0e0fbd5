package dev.wsconsole.server.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The world API over real HTTP: writes, reads, supersede on the timeline, as-of, idempotency, refusals, isolation, roles. */
@Tag("database")
class WorldApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("world_api");
  private static final Tenant ws = tenants.workspace("world-api", Environment.STAGING, "owner-world@example.org")
      .keys(Role.OWNER, Role.VIEWER, Role.OPERATOR);
  private static final Tenant other = tenants.workspace("world-other", Environment.STAGING, "owner-world@example.org")
      .keys(Role.OWNER);

  private static String base(UUID w) {
    return "/v1/" + w + "/world";
  }

  private static UUID entity(String key, String name) {
    TestApi.Answer a = tenants.api().post(base(ws.id()) + "/entities", ws.ownerKey(), Map.of("entity_type", "patient",
        "external_key", key,
        "display_name", name));
    assertEquals(200, a.status(), a.text());
    return UUID.fromString(a.json().path("id").asText());
  }

  private static Map<String, Object> event(UUID entity, double confidence, Map<String, Object> data) {
    return Map.of("entity_id", entity.toString(), "event_type", "patient.updated", "domain", "clinical",
        "source", "ehr", "confidence", confidence, "data", data);
  }

  @Test
  void aBatchProjectsByConfidenceAndTheEntityReadsBack() {
    UUID p = entity("Patient/a1", "Ann");
    TestApi.Answer a = tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), Map.of("events", List.of(
        event(p, 0.5, Map.of("phone", "voice")), event(p, 1.0, Map.of("phone", "ehr")),
        event(p, 0.5, Map.of("email", "ann@x")))));
    assertEquals(201, a.status(), a.text());
    assertEquals(3, a.json().path("count").asInt());
    JsonNode e = tenants.api().get(base(ws.id()) + "/entities/" + p, ws.viewerKey()).json();
    assertEquals("ehr", e.path("state").path("phone").asText());
    assertEquals(3, e.path("event_count").asInt());
    assertTrue(tenants.api().get(base(ws.id()) + "/entities?entity_type=patient&q=ann",
        ws.viewerKey()).json().path("total").asInt() >= 1);
    assertEquals(p.toString(), tenants.api().get(base(ws.id()) + "/search?q=ann@x",
        ws.viewerKey()).json().path("entities").get(0)
        .path("id").asText());
  }

  @Test
  void anEventNamesTheKeyThatWroteItInsteadOfAnAuditEntry() throws Exception {
    UUID p = entity("Patient/a9", "Dee");
    JsonNode written = tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), event(p, 1.0, Map.of("x",
        1))).json().path("events").get(0);
    // As the app role in the workspace's scope: on an external server the admin is no superuser and
    // row-level security (forced) would show it nothing.
    try (var c = dev.wsconsole.testing.TestDatabases.app(tenants.api().target)) {
      try (var scope = c.prepareStatement("SELECT set_config('app.workspace_id', ?, true)")) {
        scope.setString(1, ws.id().toString());
        scope.execute();
      }
      readWriterAndAudit(c, written.path("id").asText());
      c.rollback();
    }
  }

  private void readWriterAndAudit(java.sql.Connection c, String eventId) throws Exception {
    try (var st = c.prepareStatement("SELECT recorded_by ->> 'kind', recorded_by ->> 'credential_id'"
        + " FROM console.events WHERE id = CAST(? AS uuid)")) {
      st.setString(1, eventId);
      try (var rs = st.executeQuery()) {
        assertTrue(rs.next(), "the event is visible in its workspace's scope");
        assertEquals("api_key", rs.getString(1));
        assertFalse(rs.getString(2) == null || rs.getString(2).isBlank(), "the key's id is recorded");
      }
    }
    try (var audit = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE action = 'world.events.append')"
        + " FROM console.audit_events WHERE workspace_id = CAST(? AS uuid)")) {
      audit.setString(1, ws.id().toString());
      try (var rs = audit.executeQuery()) {
        rs.next();
        assertTrue(rs.getLong(1) > 0, "the workspace's audit log is visible (its set-up is audited)");
        assertEquals(0, rs.getLong(2), "a member's data write is not audited (decision 0021)");
      }
    }
  }

  @Test
  void supersededEventsShowOnTheTimelineAndAsOfSeesThePast() {
    UUID p = entity("Patient/a2", "Ben");
    JsonNode first = tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), event(p, 1.0, Map.of("status",
        "new"))).json()
        .path("events").get(0);
    Map<String, Object> fix = new java.util.HashMap<>(event(p, 1.0, Map.of("status", "active")));
    fix.put("supersedes", first.path("id").asText());
    assertEquals(201, tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), fix).status());
    JsonNode timeline = tenants.api().get(base(ws.id()) + "/entities/" + p + "/timeline?domain=clinical",
        ws.viewerKey()).json();
    assertEquals(2, timeline.path("total").asInt());
    assertFalse(timeline.path("events").get(1).path("is_current").asBoolean());
    assertTrue(timeline.path("events").get(0).path("is_current").asBoolean());
    assertEquals("active", tenants.api().get(base(ws.id()) + "/entities/" + p,
        ws.viewerKey()).json().path("state").path("status").asText());
    JsonNode then = tenants.api().get(base(ws.id()) + "/entities/" + p + "?as_of=" + first.path("ingested_at")
        .asText(), ws.viewerKey()).json();
    assertEquals("new", then.path("state").path("status").asText());
  }

  @Test
  void theSameIdempotencyKeyAnswersTheSameAndWritesOnce() {
    UUID p = entity("Patient/a3", "Cat");
    Map<String, Object> e = new java.util.HashMap<>(event(p, 1.0, Map.of("x", 1)));
    e.put("idempotency_key", "same-key");
    JsonNode one = tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), e).json();
    JsonNode two = tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), e).json();
    assertEquals(one.path("events").get(0).path("id"), two.path("events").get(0).path("id"));
    assertEquals(1, tenants.api().get(base(ws.id()) + "/entities/" + p + "/timeline",
        ws.viewerKey()).json().path("total").asInt());
  }

  @Test
  void badInputIsRefusedAndWritesNothing() {
    UUID p = entity("Patient/a4", "Dan");
    TestApi.Answer bad = tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), Map.of("events",
        List.of(event(p, 0.5, Map.of("a", 1)),
        event(p, 1.5, Map.of("a", 2)))));
    assertEquals(422, bad.status());
    assertEquals("confidence", bad.json().path("detail").get(0).path("loc").get(3).asText());
    Map<String, Object> unknownDomain = new java.util.HashMap<>(event(p, 0.5, Map.of()));
    unknownDomain.put("domain", "astrology");
    assertEquals(422, tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), unknownDomain).status());
    assertEquals(404, tenants.api().post(base(other.id()) + "/events", other.ownerKey(), event(p, 0.5,
        Map.of())).status());
    List<Map<String, Object>> tooMany = java.util.Collections.nCopies(EventRules.MAX_BATCH + 1,
        event(p, 0.5, Map.of("a", 3)));
    assertEquals(413, tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), Map.of("events", tooMany)).status());
    assertEquals(0, tenants.api().get(base(ws.id()) + "/entities/" + p + "/timeline",
        ws.viewerKey()).json().path("total").asInt());
  }

  @Test
  void anotherWorkspaceSeesNoneOfIt() {
    UUID p = entity("Patient/a5", "Eve");
    tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), event(p, 1.0, Map.of("secret", "yes")));
    assertEquals(404, tenants.api().get(base(other.id()) + "/entities/" + p, other.ownerKey()).status());
    assertEquals(0, tenants.api().get(base(other.id()) + "/entities", other.ownerKey()).json().path("total").asInt());
    assertEquals(0, tenants.api().get(base(other.id()) + "/dashboard", other.ownerKey()).json().path("entity_counts")
        .path("total_events").asInt());
    assertTrue(tenants.api().get(base(ws.id()) + "/dashboard", ws.viewerKey()).json().path("events_24h").asInt() >= 1);
  }

  @Test
  void viewersAndOperatorsReadButDoNotWrite() {
    UUID p = entity("Patient/a6", "Fay");
    assertEquals(403, tenants.api().post(base(ws.id()) + "/events", ws.viewerKey(), event(p, 1.0, Map.of())).status());
    assertEquals(403, tenants.api().post(base(ws.id()) + "/events", ws.operatorKey(), event(p, 1.0,
        Map.of())).status());
    assertEquals(200, tenants.api().get(base(ws.id()) + "/entity-types", ws.viewerKey()).status());
    assertEquals(200, tenants.api().get(base(ws.id()) + "/event-types", ws.operatorKey()).status());
  }

  @Test
  void recomputeOfTheWorkspaceKeepsTheIncrementalState() {
    UUID p = entity("Patient/a7", "Gil");
    for (int i = 0; i < 5; i++) {
      tenants.api().post(base(ws.id()) + "/events", ws.ownerKey(), event(p, i % 2 == 0 ? 0.5 : 0.9, Map.of("v", i,
          "w" + i, i)));
    }
    JsonNode before = tenants.api().get(base(ws.id()) + "/entities/" + p, ws.viewerKey()).json().path("state");
    assertEquals(200, tenants.api().post(base(ws.id()) + "/recompute", ws.ownerKey(), Map.of()).status());
    assertEquals(before, tenants.api().get(base(ws.id()) + "/entities/" + p, ws.viewerKey()).json().path("state"));
    assertEquals(3, before.path("v").asInt());
  }
}
