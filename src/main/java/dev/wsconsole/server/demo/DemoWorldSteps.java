package dev.wsconsole.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.server.fhir.FhirImportStore;
import dev.wsconsole.server.review.ReviewItemDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's world model: a synthetic EHR export dropped and synced through the API, then what the voice agent
 * heard appended at confidence 0.5 (outranked, superseded or queued for review).
 */
final class DemoWorldSteps {
  /** The file-drop data source the export lands in. */
  static final String EXPORT = "ehr-export";
  private static final long SYNC_WAIT_MILLIS = 120_000;

  private DemoWorldSteps() {}

  static Path exportFolder(DemoWorkspace ws) {
    return ws.backend().importTargets().get().workspaceFolder(ws.id()).resolve(EXPORT);
  }

  /** Writes the export Bundle and syncs the file-drop source through the API, waiting for its run to succeed. */
  static void patients(DemoWorkspace ws) {
    Path folder = exportFolder(ws);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("riverside-export.json"), DemoChart.bundle(ws.clinic(), Instant.now())
          .toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the demo export into " + folder, e);
    }
    String source = exportSource(ws);
    String run = ws.owner().post(ws.in() + "/data-sources/" + source + "/sync", null).get("sync_id").asText();
    awaitSuccess(ws, source, run);
  }

  static String exportSource(DemoWorkspace ws) {
    for (JsonNode s : ws.owner().get(ws.in() + "/data-sources?search=" + EXPORT).get("items")) {
      if (s.get("name").asText().equals(EXPORT)) {
        return s.get("id").asText();
      }
    }
    throw new IllegalStateException("the demo's " + EXPORT + " data source is missing");
  }

  private static void awaitSuccess(DemoWorkspace ws, String source, String run) {
    long deadline = System.currentTimeMillis() + SYNC_WAIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      for (JsonNode r : ws.owner().get(ws.in() + "/data-sources/" + source + "/sync-history?days=1").get("runs")) {
        if (r.get("id").asText().equals(run) && !r.get("status").asText().equals("running")) {
          if (!r.get("status").asText().equals("success")) {
            throw new IllegalStateException("the demo export did not import: " + r.get("errors"));
          }
          return;
        }
      }
      sleep();
    }
    throw new IllegalStateException("the demo export was still importing after " + SYNC_WAIT_MILLIS / 1000 + " s");
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * One voice-extracted event per patient (several domains, confidence 0.5) in one batch; the front desk then
   * confirms the e-mail addresses callers gave with authoritative events that supersede them, and the
   * medication reports are queued for review.
   */
  static void voiceExtractions(DemoWorkspace ws) {
    UUID source = UUID.fromString(exportSource(ws));
    List<Map<String, Object>> heard = new ArrayList<>();
    List<UUID> patients = new ArrayList<>();
    for (int i = 0; i < DemoChart.PATIENTS; i++) {
      patients.add(FhirImportStore.entityId(source, "Patient/" + DemoChart.patientId(i)));
      heard.add(DemoVoice.heard(i, patients.get(i)));
    }
    JsonNode written = ws.owner().post(ws.in() + "/world/events", Map.of("events", heard)).get("events");
    List<Map<String, Object>> confirmed = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      JsonNode e = written.get(i);
      UUID event = UUID.fromString(e.get("id").asText());
      if (e.get("event_type").asText().equals(DemoVoice.CONTACT) && e.get("data").has("email")) {
        confirmed.add(DemoVoice.confirmed(i, patients.get(i), event));
      } else if (e.get("event_type").asText().equals(DemoVoice.MEDICATION)) {
        ws.backend().reviewItems().create(ws.id(), ReviewItemDraft.lowConfidence(patients.get(i), "patient", event,
            DemoVoice.CONFIDENCE, Map.of("reported_medication", e.get("data").get("reported_medication").asText())));
      }
    }
    ws.owner().post(ws.in() + "/world/events", Map.of("events", confirmed));
  }
}
