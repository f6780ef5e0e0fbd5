package dev.wsconsole.server.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.FhirDropBundles;
import dev.wsconsole.testing.TestApi;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Data-source syncs that really import FHIR R4 through the API: the committed file-drop bundles (one
 * malformed resource) and a real in-process HAPI FHIR server; counts, errors, idempotency, 409 while a
 * run is in flight, and nothing written in another workspace.
 */
@Tag("database")
class FhirSyncTest {
  private static TestApi api;
  private static UUID wsA;
  private static UUID wsB;
  private static String keyA;
  private static String keyB;
  private static Path importsRoot;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("fhir_sync");
    UUID owner = api.user("owner-fhir@example.org");
    wsA = api.workspace("fhir-clinic-a", Environment.DEVELOPMENT, owner);
    wsB = api.workspace("fhir-clinic-b", Environment.DEVELOPMENT, owner);
    keyA = api.key(wsA, owner, Role.OWNER);
    keyB = api.key(wsB, owner, Role.OWNER);
    importsRoot = FhirDropBundles.useTemporaryImportsRoot(api);
    FhirDropBundles.stage(importsRoot, wsA);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /** The committed bundles, copied into workspace A's folder of the imports root. */
  static Path dropFolder() {
    return importsRoot.resolve(wsA.toString()).resolve("drop");
  }

  private static UUID source(UUID ws, String key, String type, Map<String, Object> config) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", ConfigFixtures.uniqueName("Fhir"));
    body.put("source_type", type);
    body.put("connection_config", config);
    TestApi.Answer a = api.post("/v1/" + ws + "/data-sources", key, body);
    assertEquals(201, a.status(), a.text());
    return UUID.fromString(a.json().get("id").asText());
  }

  private static String path(UUID ws, UUID id) {
    return "/v1/" + ws + "/data-sources/" + id;
  }

  private static UUID trigger(UUID ws, String key, UUID id) {
    TestApi.Answer a = api.post(path(ws, id) + "/sync", key, null);
    assertEquals(202, a.status(), a.text());
    return UUID.fromString(a.json().get("sync_id").asText());
  }

  /** Waits for the run to leave 'running' and answers the history with it as runs[0]. */
  static JsonNode finished(UUID ws, String key, UUID id, UUID run) throws InterruptedException {
    finishedRun(api, ws, key, id, run);
    JsonNode h = api.get(path(ws, id) + "/sync-history?days=1", key).json();
    assertEquals(run.toString(), h.get("runs").get(0).get("id").asText(), "the finished run is the newest: " + h);
    return h;
  }

  /** The run {@code run} of source {@code id} once it left 'running' (as sync-history lists it). */
  static JsonNode finishedRun(TestApi on, UUID ws, String key, UUID id, UUID run) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      for (JsonNode r : on.get(path(ws, id) + "/sync-history?days=1", key).json().get("runs")) {
        if (r.get("id").asText().equals(run.toString()) && !"running".equals(r.get("status").asText())) {
          return r;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("sync " + run + " did not finish within a minute");
  }

  static long count(UUID ws, String sql) {
    return api.backend.tx().call(ws, h -> h.createQuery(sql).bind("ws", ws).mapTo(Long.class).one());
  }

  @Test
  void aDropFolderImportsEverythingButTheMalformedResourceAndReportsIt() throws Exception {
    UUID id = source(wsA, keyA, "file_drop", Map.of("drop_folder", dropFolder().toString()));
    JsonNode h = finished(wsA, keyA, id, trigger(wsA, keyA, id));
    JsonNode run = h.get("runs").get(0);
    assertEquals("success", run.get("status").asText(), run.toString());
    assertEquals(10, run.get("synced_count").asLong());
    assertEquals(1, run.get("failed_count").asLong());
    assertEquals(10, run.get("event_count").asLong());
    assertEquals(3, run.get("resource_counts").get("Patient").get("imported").asLong());
    assertEquals(1, run.get("resource_counts").get("Patient").get("failed").asLong());
    assertEquals(2, run.get("resource_counts").get("Observation").get("events").asLong());
    assertTrue(run.get("duration_ms").asLong() >= 0);
    assertTrue(run.get("errors").get(0).asText().startsWith("Patient/p-bad: malformed"), run.toString());
    JsonNode failure = h.get("recent_failures").get(0);
    assertEquals("Patient", failure.get("fhir_resource_type").asText());
    assertEquals("p-bad", failure.get("fhir_resource_id").asText());
    UUID p1 = FhirImportStore.entityId(id, "Patient/p-1");
    assertEquals("Jordan Testperson", api.backend.tx().call(wsA, h2 -> h2.createQuery("SELECT display_name FROM"
        + " console.entities WHERE workspace_id = :ws AND id = :id").bind("ws", wsA).bind("id", p1)
        .mapTo(String.class).one()));
    assertEquals(1, count(wsA, "SELECT count(*) FROM console.events WHERE workspace_id = :ws AND entity_id = '"
        + p1 + "' AND event_type = 'patient.demographics' AND domain = 'clinical' AND confidence = 1"
        + " AND source = 'data_source:" + id + "'"));
    JsonNode patient = api.get("/v1/" + wsA + "/world/entities/" + p1, keyA).json();
    assertEquals(1, patient.get("event_count").asInt(), "the world model projected the imported patient: " + patient);
    assertTrue(patient.get("state").size() > 0, "projected state from the FHIR demographics: " + patient);
    UUID e1 = FhirImportStore.entityId(id, "Encounter/e-1");
    assertEquals(3, count(wsA, "SELECT count(*) FROM console.entity_relationships WHERE workspace_id = :ws"
        + " AND from_entity_id = '" + e1 + "'"), "encounter -> patient, practitioner, appointment");
    assertEquals("healthy", api.get(path(wsA, id), keyA).json().get("health_status").asText());
    List<JsonNode> announced = new java.util.ArrayList<>();
    for (var e : api.backend.liveEvents().after(wsA, 0, 10_000)) {
      if (e.type().equals(dev.wsconsole.server.world.WorldLiveStore.IMPORTED) && e.dataJson().contains(id.toString())) {
        announced.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.dataJson()));
      }
    }
    assertEquals(2, announced.size(), "one live summary per imported file, not one per event: " + announced);
    assertEquals(10, announced.stream().mapToInt(a -> a.get("event_count").asInt()).sum());
  }

  @Test
  void reSyncingTheSameBundlesAddsNoEvents() throws Exception {
    UUID id = source(wsA, keyA, "fhir", Map.of("drop_folder", dropFolder().toString()));
    finished(wsA, keyA, id, trigger(wsA, keyA, id));
    String events = "SELECT count(*) FROM console.events WHERE workspace_id = :ws AND source = 'data_source:" + id + "'";
    String entities = "SELECT count(*) FROM console.entities WHERE workspace_id = :ws";
    long before = count(wsA, events);
    long entitiesBefore = count(wsA, entities);
    JsonNode again = finished(wsA, keyA, id, trigger(wsA, keyA, id)).get("runs").get(0);
    assertEquals(0, again.get("event_count").asLong(), again.toString());
    assertEquals(10, again.get("synced_count").asLong());
    assertEquals(before, count(wsA, events));
    assertEquals(entitiesBefore, count(wsA, entities));
    assertEquals(10, before);
  }

  @Test
  void aFhirServerIsImportedWithItsBearerTokenAndASecondSyncWhileItRunsIs409() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    try (FhirTestServer server = new FhirTestServer(FhirContext.forR4Cached(), FhirTestResources.clinic(120),
        FhirMappingRules.RESOURCE_TYPES, gate)) {
      UUID id = source(wsB, keyB, "fhir", Map.of("base_url", server.baseUrl(), "bearer_token", "s3cret-token"));
      assertEquals("••••••••", api.get(path(wsB, id), keyB).json().get("connection_config").get("bearer_token")
          .asText());
      long eventsInA = count(wsA, "SELECT count(*) FROM console.events WHERE workspace_id = :ws");
      UUID run = trigger(wsB, keyB, id);
      assertEquals(409, api.post(path(wsB, id) + "/sync", keyB, null).status());
      gate.countDown();
      JsonNode r = finished(wsB, keyB, id, run).get("runs").get(0);
      assertEquals("success", r.get("status").asText(), r.toString());
      assertEquals(1 + 3 * 120, r.get("synced_count").asLong());
      assertEquals(0, r.get("failed_count").asLong(), r.toString());
      assertEquals(120, r.get("resource_counts").get("Encounter").get("imported").asLong());
      assertTrue(server.authorizations.stream().allMatch("Bearer s3cret-token"::equals));
      assertEquals(1 + 3 * 120, count(wsB, "SELECT count(*) FROM console.events WHERE workspace_id = :ws"));
      assertEquals(eventsInA, count(wsA, "SELECT count(*) FROM console.events WHERE workspace_id = :ws"),
          "a sync in workspace B writes nothing in A");
    }
  }

  @Test
  void anUnreachableServerOrMissingFolderFailsTheRunWithoutLeakingAnything() throws Exception {
    UUID id = source(wsA, keyA, "ehr", Map.of("drop_folder", dropFolder().resolveSibling("not-yet-made").toString()));
    JsonNode h = finished(wsA, keyA, id, trigger(wsA, keyA, id));
    assertEquals("error", h.get("runs").get(0).get("status").asText());
    assertEquals("sync_failed", h.get("recent_failures").get(0).get("event_type").asText());
    assertTrue(h.get("recent_failures").get(0).get("sync_error").asText().contains("does not exist"));
    assertEquals("degraded", api.get(path(wsA, id), keyA).json().get("health_status").asText());
  }

  @Test
  void badDropFoldersAndUrlsAreRefusedAndWriteNothing() {
    for (Map<String, Object> config : List.<Map<String, Object>>of(Map.of("drop_folder", "relative/folder"),
        Map.of("drop_folder", "/srv/../etc"), Map.of("base_url", "ftp://ehr.example.org/fhir"),
        Map.of("base_url", "http://user:pw@ehr.example.org/fhir"))) {
      Map<String, Object> body = Map.of("name", ConfigFixtures.uniqueName("Bad"), "source_type", "fhir",
          "connection_config", config);
      TestApi.Answer a = api.post("/v1/" + wsA + "/data-sources", keyA, body);
      assertEquals(422, a.status(), a.text());
      String field = config.keySet().iterator().next();
      assertEquals(List.of("body", "connection_config", field).toString(),
          a.json().get("detail").get(0).get("loc").toString().replace("\"", "").replace(",", ", "));
    }
    assertFalse(api.get("/v1/" + wsA + "/data-sources?search=Bad", keyA).text().contains("Bad"));
  }
}
