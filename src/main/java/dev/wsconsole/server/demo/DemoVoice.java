package dev.wsconsole.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the voice agent heard about the {@code i}-th demo patient, by {@code i % 6}, as a world event of voice
 * extraction's confidence 0.5.
 */
final class DemoVoice {
  static final double CONFIDENCE = 0.5;
  static final String SOURCE = "voice_agent";
  static final String CONTACT = "patient.contact_reported";
  static final String MEDICATION = "medication.reported";

  private DemoVoice() {}

  static Map<String, Object> heard(int i, UUID patient) {
    Map<String, Object> data = new LinkedHashMap<>();
    String type;
    String domain;
    switch (i % 6) {
      case 0 -> { // the chart's phone (confidence 1.0) outranks what was heard
        type = CONTACT;
        domain = "communication";
        data.put("phone", "+15555550" + (150 + i));
      }
      case 1 -> {
        type = CONTACT;
        domain = "communication";
        data.put("email", "patient" + (i + 1) + "@mail.example");
      }
      case 2 -> {
        type = MEDICATION;
        domain = "clinical";
        data.put("reported_medication", DemoCatalog.MEDICATIONS.get(i % DemoCatalog.MEDICATIONS.size()));
      }
      case 3 -> {
        type = "appointment.requested";
        domain = "scheduling";
        data.put("requested_window", i % 2 == 0 ? "next week, mornings" : "any afternoon this month");
        data.put("reason", DemoCatalog.VISITS.get(i % DemoCatalog.VISITS.size()));
      }
      case 4 -> {
        type = "insurance.reported";
        domain = "administrative";
        data.put("insurance_carrier", DemoCatalog.INSURERS.get(i % DemoCatalog.INSURERS.size()));
      }
      default -> {
        type = "call.summarized";
        domain = "communication";
        data.put("call_summary", "Asked about recent test results; a callback was offered.");
      }
    }
    return event(patient, type, domain, SOURCE, CONFIDENCE, data, null, "demo-voice-" + i, i);
  }

  /** The front desk's confirmation of what the caller gave, correcting it (authoritative, superseding it). */
  static Map<String, Object> confirmed(int i, UUID patient, UUID heard) {
    return event(patient, "patient.contact_confirmed", "communication", "front_desk", 1.0,
        Map.of("email", "patient" + (i + 1) + ".confirmed@mail.example"), heard, "demo-confirm-" + i, 0);
  }

  private static Map<String, Object> event(UUID patient, String type, String domain, String source, double confidence,
                                           Map<String, Object> data, UUID supersedes, String key, int slot) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("entity_id", patient.toString());
    e.put("event_type", type);
    e.put("domain", domain);
    e.put("source", source);
    e.put("confidence", confidence);
    e.put("data", data);
    if (supersedes != null) {
      e.put("supersedes", supersedes.toString());
    }
    e.put("idempotency_key", key);
    e.put("occurred_at", Instant.now().minus(Duration.ofMinutes(20L * slot)).toString());
    return e;
  }
}
