package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sync runs: one at a time per source (409 while one runs, even under a race), status, health and history.
 * The sources here are REST connectors, which the FHIR importer leaves to an external runner, so a run
 * stays running until the test finishes it.
 */
@Tag("database")
class DataSourceSyncTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("data_source_syncs");
  private static final Tenant ws = tenants.workspace("sync-clinic", Environment.DEVELOPMENT, "owner-sync@example.org")
      .keys(Role.OWNER);

  private static UUID connectorSource() {
    Map<String, Object> body = new java.util.LinkedHashMap<>(SafetyFixtures.dataSourceBody(
        dev.wsconsole.testing.ConfigFixtures.uniqueName("Connector")));
    body.put("source_type", "rest_api");
    TestApi.Answer a = tenants.api().post("/v1/" + ws.id() + "/data-sources", ws.ownerKey(), body);
    assertEquals(201, a.status(), a.text());
    return UUID.fromString(a.json().get("id").asText());
  }

  private static String path(UUID id) {
    return "/v1/" + ws.id() + "/data-sources/" + id;
  }

  private static UUID trigger(UUID id) {
    TestApi.Answer a = tenants.api().post(path(id) + "/sync", ws.ownerKey(), null);
    assertEquals(202, a.status(), a.text());
    assertEquals("started", a.json().get("status").asText());
    assertEquals(id.toString(), a.json().get("data_source_id").asText());
    return UUID.fromString(a.json().get("sync_id").asText());
  }

  @Test
  void aSecondSyncWhileOneRunsIsAConflictAndAFinishedRunFreesTheSource() {
    UUID id = connectorSource();
    UUID run = trigger(id);
    TestApi.Answer busy = tenants.api().post(path(id) + "/sync", ws.ownerKey(), null);
    assertEquals(409, busy.status(), busy.text());
    assertEquals("Data source is already syncing.", busy.json().get("message").asText());
    assertTrue(busy.json().get("details").get("last_poll_at").isTextual(), busy.text());
    assertTrue(busy.json().get("details").get("last_poll_duration_ms").asLong() >= 0);
    assertTrue(SafetyFixtures.finishSync(tenants.api(), ws.id(), run, true, 40, 2, List.of()));
    assertFalse(SafetyFixtures.finishSync(tenants.api(), ws.id(), run, true, 1, 0, List.of()),
        "a finished run stays finished");
    trigger(id);
  }

  @Test
  void concurrentTriggersStartExactlyOneRun() throws Exception {
    UUID id = connectorSource();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> tenants.api().post(path(id) + "/sync", ws.ownerKey(), null).status()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : answers) {
        statuses.add(f.get());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 202).count(), statuses.toString());
      assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void statusAndHealthFollowTheFinishedRuns() {
    UUID id = connectorSource();
    SafetyFixtures.finishSync(tenants.api(), ws.id(), trigger(id), true, 10, 0, List.of());
    SafetyFixtures.finishSync(tenants.api(), ws.id(), trigger(id), false, 3, 2,
        List.of("Patient/17: missing birthDate"));
    JsonNode status = tenants.api().get(path(id) + "/status", ws.ownerKey()).json();
    assertEquals("degraded", status.get("health_status").asText());
    assertEquals("error", status.get("last_sync_status").asText());
    assertEquals(5, status.get("last_sync_event_count").asLong());
    assertEquals(15, status.get("event_count").asLong());
    assertEquals(13, status.get("synced_count").asLong());
    assertEquals(2, status.get("failed_count").asLong());
    JsonNode source = tenants.api().get(path(id), ws.ownerKey()).json();
    assertFalse(source.get("is_stale").asBoolean(), "a scheduled source with a recent success is fresh");
    assertTrue(source.get("last_sync_at").isTextual());
  }

  @Test
  void historyListsDaysFailuresAndRunsWithCountsDurationAndErrors() {
    UUID id = connectorSource();
    SafetyFixtures.finishSync(tenants.api(), ws.id(), trigger(id), true, 7, 1, List.of());
    UUID failed = trigger(id);
    SafetyFixtures.finishSync(tenants.api(), ws.id(), failed, false, 0, 4, List.of("connection refused"));
    UUID running = trigger(id);
    JsonNode h = tenants.api().get(path(id) + "/sync-history?days=1", ws.ownerKey()).json();
    assertEquals(id.toString(), h.get("data_source_id").asText());
    assertEquals(1, h.get("timeline").size());
    assertEquals(12, h.get("timeline").get(0).get("event_count").asLong());
    assertEquals(5, h.get("timeline").get(0).get("failed_count").asLong());
    assertEquals(1, h.get("recent_failures").size());
    assertEquals(failed.toString(), h.get("recent_failures").get(0).get("event_id").asText());
    assertEquals("connection refused", h.get("recent_failures").get(0).get("sync_error").asText());
    JsonNode runs = h.get("runs");
    assertEquals(3, runs.size());
    assertEquals(running.toString(), runs.get(0).get("id").asText());
    assertEquals("running", runs.get(0).get("status").asText());
    assertTrue(runs.get(0).get("duration_ms").isNull());
    assertTrue(runs.get(1).get("duration_ms").asLong() >= 0);
    assertEquals("connection refused", runs.get(1).get("errors").get(0).asText());
  }

  @Test
  void anInactiveSourceIsNotSynced() {
    UUID id = connectorSource();
    tenants.api().call("PATCH", path(id), ws.ownerKey(), Map.of("is_active", false));
    assertEquals(400, tenants.api().post(path(id) + "/sync", ws.ownerKey(), null).status());
  }
}
