package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A run left 'running' by a crashed or killed process no longer blocks its source: the next trigger closes
 * it as an error whose reason sync-history shows, and starts a new run; a run still moving keeps its 409.
 */
@Tag("database")
class AbandonedSyncTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("abandoned_syncs");
  private static final Tenant ws = tenants.workspace("abandoned-clinic", Environment.STAGING,
      "owner-abandoned@example.org").keys(Role.OWNER);

  private static UUID source() {
    Map<String, Object> body = new LinkedHashMap<>(SafetyFixtures.dataSourceBody(ConfigFixtures.uniqueName("Left")));
    body.put("source_type", "rest_api");
    TestApi.Answer a = tenants.api().post("/v1/" + ws.id() + "/data-sources", ws.ownerKey(), body);
    assertEquals(201, a.status(), a.text());
    return UUID.fromString(a.json().get("id").asText());
  }

  private static TestApi.Answer trigger(UUID id) {
    return tenants.api().post("/v1/" + ws.id() + "/data-sources/" + id + "/sync", ws.ownerKey(), null);
  }

  private static UUID started(UUID id) {
    TestApi.Answer a = trigger(id);
    assertEquals(202, a.status(), a.text());
    return UUID.fromString(a.json().get("sync_id").asText());
  }

  private static void sql(String update, UUID run) {
    tenants.api().backend.tx().run(ws.id(), h -> h.createUpdate(update).bind("ws", ws.id()).bind("id", run).execute());
  }

  private static JsonNode run(UUID source, UUID run) {
    JsonNode history = tenants.api().get("/v1/" + ws.id() + "/data-sources/" + source + "/sync-history?days=1",
        ws.ownerKey()).json();
    for (JsonNode r : history.get("runs")) {
      if (r.get("id").asText().equals(run.toString())) {
        return r;
      }
    }
    throw new AssertionError("run " + run + " not in " + history);
  }

  @Test
  void aRunSilentForLongerThanTheLimitIsClosedWithItsReasonAndANewRunStarts() {
    UUID source = source();
    UUID left = started(source);
    assertEquals(409, trigger(source).status(), "a fresh run still blocks");
    sql("UPDATE console.data_source_syncs SET progress_at = now() - interval '20 minutes'"
        + " WHERE workspace_id = :ws AND id = :id", left);
    UUID next = started(source);
    JsonNode old = run(source, left);
    assertEquals("error", old.get("status").asText());
    assertTrue(old.get("errors").get(0).asText().contains("no progress for 20 minutes"), old.toString());
    assertEquals("running", run(source, next).get("status").asText());
    JsonNode history = tenants.api().get("/v1/" + ws.id() + "/data-sources/" + source + "/sync-history?days=1",
        ws.ownerKey()).json();
    assertTrue(history.get("recent_failures").toString().contains("abandoned"), history.toString());
    assertTrue(tenants.api().auditTrail(ws.id()).stream().anyMatch(a -> a.contains("data_source.sync_abandoned")),
        tenants.api().auditTrail(ws.id()).toString());
    assertFalse(SafetyFixtures.finishSync(tenants.api(), ws.id(), left, true, 1, 0, List.of()),
        "a late connector cannot revive the abandoned run");
  }

  @Test
  void aRunOfThisServersImporterThatNoLongerGoesHereIsAbandonedAtOnce() {
    UUID source = source();
    UUID left = started(source);
    sql("UPDATE console.data_source_syncs SET runner = '" + tenants.api().backend.fhirSync().liveness().node() + "'"
        + " WHERE workspace_id = :ws AND id = :id", left);
    UUID next = started(source);
    assertTrue(run(source, left).get("errors").get(0).asText().contains("stopped without finishing"));
    assertEquals("running", run(source, next).get("status").asText());
  }

  @Test
  void aRunOfAnotherServerThatStillMovesKeepsBlocking() {
    UUID source = source();
    UUID going = started(source);
    sql("UPDATE console.data_source_syncs SET runner = 'fhir-sync:another-node', progress_at = now()"
        + " - interval '1 minute' WHERE workspace_id = :ws AND id = :id", going);
    assertEquals(409, trigger(source).status());
    assertEquals("running", run(source, going).get("status").asText());
  }
}
