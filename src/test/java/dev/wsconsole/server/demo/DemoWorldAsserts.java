package dev.wsconsole.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.model.Workspace;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.fhir.FhirImportStore;
import dev.wsconsole.server.http.ApiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a newcomer sees in every demo clinic, counted through the API as the console would read it. */
final class DemoWorldAsserts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DemoWorldAsserts() {}

  static void livingConsole(Backend b, UUID owner, List<Workspace> clinics) throws Exception {
    try (ApiServer server = b.serve("127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      for (Workspace w : clinics) {
        String key = b.apiKeys().create(w.id(), "demo check", Role.OWNER, RolePermissions.of(Role.OWNER).stream()
                .map(p -> p.wireName()).sorted().toList(), owner, null, 1,
            AuditRecord.allowed(Map.of("kind", "test"), "api_key.create", "", "test")).secret();
        Reader in = new Reader(base + "/v1/" + w.id(), key, w.slug());
        world(in);
        operations(in);
      }
    }
  }

  private static void world(Reader in) throws Exception {
    assertEquals(DemoChart.PATIENTS, in.get("/world/entities?entity_type=patient&limit=1").get("total").asInt(), in.slug);
    assertEquals(DemoCatalog.CLINICIANS.size(), in.get("/world/entities?entity_type=practitioner&limit=1")
        .get("total").asInt(), in.slug);
    assertTrue(in.get("/world/entities?entity_type=appointment&limit=1").get("total").asInt() >= DemoChart.PATIENTS);
    assertTrue(in.get("/world/dashboard").get("events_24h").asLong() > 3L * DemoChart.PATIENTS, in.slug);
    JsonNode source = in.get("/data-sources?search=" + DemoWorldSteps.EXPORT).get("items").get(0);
    assertEquals("success", source.get("last_sync_status").asText(), in.slug);
    UUID ds = UUID.fromString(source.get("id").asText());
    UUID outranked = FhirImportStore.entityId(ds, "Patient/" + DemoChart.patientId(0));
    JsonNode patient = in.get("/world/entities/" + outranked);
    String area = HospitalDemo.CLINICS.stream().filter(c -> c.slug().equals(in.slug)).findFirst().orElseThrow()
        .areaCode();
    assertTrue(patient.get("state").toString().contains("+1" + area + "5550110"), "the chart outranks: " + patient);
    assertTrue(!patient.get("state").toString().contains("+15555550150"), patient.toString());
    assertTrue(timeline(in, outranked).toString().contains("\"confidence\":0.5"), "the heard phone stays in the log");
    assertTrue(in.get("/world/entities/" + outranked + "/relationships").get("total").asInt() >= 1,
        "patient to practitioner");
    UUID superseded = FhirImportStore.entityId(ds, "Patient/" + DemoChart.patientId(1));
    long stale = 0;
    long corrections = 0;
    for (JsonNode e : timeline(in, superseded).get("events")) {
      stale += e.get("source").asText().equals(DemoVoice.SOURCE) && !e.get("is_current").asBoolean() ? 1 : 0;
      corrections += e.get("source").asText().equals("front_desk") && e.hasNonNull("supersedes") ? 1 : 0;
    }
    assertEquals(1, stale, in.slug + ": the heard e-mail is superseded");
    assertEquals(1, corrections, in.slug);
  }

  private static JsonNode timeline(Reader in, UUID entity) throws Exception {
    return in.get("/world/entities/" + entity + "/timeline?limit=200");
  }

  private static void operations(Reader in) throws Exception {
    JsonNode calls = in.get("/calls?limit=100");
    assertEquals(DemoOperationSteps.CALLS, calls.get("total").asInt(), in.slug);
    for (JsonNode c : calls.get("items")) {
      assertEquals("simulated", c.get("source").asText(), "every demo call says it is simulated");
      assertTrue(c.get("turns").asInt() >= 2, c.toString());
    }
    assertTrue(in.get("/sessions/active").size() >= 1, in.slug + ": calls in progress");
    assertTrue(in.get("/operators").get("items").size() >= 1, in.slug);
    assertTrue(in.get("/review-queue?limit=1").get("total").asInt() >= DemoChart.PATIENTS / 6, in.slug);
    assertTrue(in.get("/review-queue?limit=1&status=completed").get("total").asInt() >= 2, in.slug);
    assertTrue(in.get("/review-queue?limit=1&status=in_progress").get("total").asInt() >= 1, in.slug);
    assertTrue(in.get("/review-queue?limit=1&status=pending").get("total").asInt() >= 1, in.slug);
  }

  /** GETs under one workspace with one key, failing on anything but 200. */
  private record Reader(String base, String key, String slug) {
    JsonNode get(String path) throws Exception {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), path + ": " + r.body());
      return JSON.readTree(r.body());
    }
  }
}
