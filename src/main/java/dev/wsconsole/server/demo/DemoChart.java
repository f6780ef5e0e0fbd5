package dev.wsconsole.server.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A clinic's synthetic EHR export as one FHIR R4 Bundle (clinicians, patients, conditions, appointments,
 * encounters, heart-rate observations), the same for the same clinic and hour.
 */
final class DemoChart {
  /** Patients per clinic. */
  static final int PATIENTS = 36;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DemoClinic clinic;
  private final Random random;
  private final Instant now;
  private final ArrayNode entries = JSON.createArrayNode();

  private DemoChart(DemoClinic clinic, Instant now) {
    this.clinic = clinic;
    this.random = new Random(clinic.slug().hashCode());
    this.now = now.truncatedTo(ChronoUnit.HOURS);
  }

  /** The Bundle of {@code clinic}'s export made at {@code now}. */
  static ObjectNode bundle(DemoClinic clinic, Instant now) {
    return new DemoChart(clinic, now).build();
  }

  /** The FHIR id of the clinic's {@code i}-th patient (0-based), as the bundle names it. */
  static String patientId(int i) {
    return String.format("pt-%03d", i + 1);
  }

  private ObjectNode build() {
    for (int i = 0; i < DemoCatalog.CLINICIANS.size(); i++) {
      practitioner(i);
    }
    for (int i = 0; i < PATIENTS; i++) {
      patient(i);
    }
    ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
    bundle.set("entry", entries);
    return bundle;
  }

  private ObjectNode add(String type, String id) {
    ObjectNode r = entries.addObject().putObject("resource").put("resourceType", type).put("id", id);
    r.putObject("meta").put("versionId", "1");
    return r;
  }

  private void practitioner(int i) {
    String[] who = DemoCatalog.CLINICIANS.get(i);
    ObjectNode r = add("Practitioner", "pr-" + (i + 1));
    r.putArray("identifier").addObject().put("system", "urn:synthetic:npi").put("value", "99990000" + (10 + i));
    ObjectNode name = r.putArray("name").addObject().put("use", "official").put("family", who[1]);
    name.putArray("given").add(who[0]);
    if (who[2].equals("MD") || who[2].equals("DO")) {
      name.putArray("prefix").add("Dr.");
    }
    r.putArray("qualification").addObject().putObject("code").putArray("coding").addObject()
        .put("system", "http://terminology.hl7.org/CodeSystem/v2-0360").put("code", who[2]);
    r.put("active", true);
  }

  private void patient(int i) {
    boolean female = random.nextBoolean();
    List<String> given = female ? DemoCatalog.GIVEN_FEMALE : DemoCatalog.GIVEN_MALE;
    String id = patientId(i);
    ObjectNode r = add("Patient", id);
    r.putArray("identifier").addObject().put("system", "urn:synthetic:mrn")
        .put("value", "RH-" + clinic.areaCode() + "-" + String.format("%04d", i + 1));
    r.put("active", true);
    ObjectNode name = r.putArray("name").addObject().put("use", "official")
        .put("family", DemoCatalog.FAMILY.get(random.nextInt(DemoCatalog.FAMILY.size())));
    name.putArray("given").add(given.get(random.nextInt(given.size())));
    r.putArray("telecom").addObject().put("system", "phone")
        .put("value", "+1" + clinic.areaCode() + "55501" + String.format("%02d", 10 + i));
    r.put("gender", female ? "female" : "male").put("birthDate", birthDate().toString());
    String gp = "pr-" + (1 + random.nextInt(DemoCatalog.CLINICIANS.size()));
    r.putArray("generalPractitioner").addObject().put("reference", "Practitioner/" + gp);
    condition(id, 1);
    if (random.nextInt(3) == 0) {
      condition(id, 2);
    }
    appointment(id, gp, 1, now.minus(Duration.ofHours(24L * (1 + random.nextInt(60)) + random.nextInt(8))));
    appointment(id, gp, 2, now.plus(Duration.ofHours(24L * (1 + random.nextInt(30)) + random.nextInt(8))));
  }

  private LocalDate birthDate() {
    boolean children = clinic.slug().contains("pediatrics");
    int years = children ? 1 + random.nextInt(16) : 19 + random.nextInt(70);
    return LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusYears(years).minusDays(random.nextInt(365));
  }

  private void condition(String patient, int n) {
    List<String[]> known = DemoCatalog.CONDITIONS.get(clinic.slug());
    String[] code = known.get(random.nextInt(known.size()));
    ObjectNode r = add("Condition", patient + "-c" + n);
    r.putObject("clinicalStatus").putArray("coding").addObject()
        .put("system", "http://terminology.hl7.org/CodeSystem/condition-clinical").put("code", "active");
    ObjectNode concept = r.putObject("code");
    concept.putArray("coding").addObject().put("system", "http://snomed.info/sct").put("code", code[0])
        .put("display", code[1]);
    concept.put("text", code[1]);
    r.putObject("subject").put("reference", "Patient/" + patient);
    r.put("recordedDate", LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusDays(30 + random.nextInt(900))
        .toString());
  }

  private void appointment(String patient, String gp, int n, Instant start) {
    boolean past = start.isBefore(now);
    String id = patient + "-a" + n;
    String status = past ? (random.nextInt(8) == 0 ? "noshow" : "fulfilled")
        : (random.nextInt(10) == 0 ? "cancelled" : "booked");
    ObjectNode r = add("Appointment", id);
    r.put("status", status).put("description", DemoCatalog.VISITS.get(random.nextInt(DemoCatalog.VISITS.size())));
    r.put("start", start.toString()).put("end", start.plus(Duration.ofMinutes(20)).toString());
    ArrayNode who = r.putArray("participant");
    who.addObject().put("status", "accepted").putObject("actor").put("reference", "Patient/" + patient);
    who.addObject().put("status", "accepted").putObject("actor").put("reference", "Practitioner/" + gp);
    if (status.equals("fulfilled")) {
      encounter(patient, gp, id, start);
    }
  }

  private void encounter(String patient, String gp, String appointment, Instant start) {
    String id = appointment + "-e";
    ObjectNode r = add("Encounter", id);
    r.put("status", "finished");
    r.putObject("class").put("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode").put("code", "AMB");
    r.putArray("type").addObject().put("text", "Office visit");
    r.putObject("subject").put("reference", "Patient/" + patient);
    r.putArray("participant").addObject().putObject("individual").put("reference", "Practitioner/" + gp);
    r.putArray("appointment").addObject().put("reference", "Appointment/" + appointment);
    r.putObject("period").put("start", start.toString()).put("end", start.plus(Duration.ofMinutes(25)).toString());
    ObjectNode o = add("Observation", id + "-hr");
    o.put("status", "final");
    ObjectNode code = o.putObject("code");
    code.putArray("coding").addObject().put("system", "http://loinc.org").put("code", "8867-4")
        .put("display", "Heart rate");
    code.put("text", "Heart rate");
    o.putObject("subject").put("reference", "Patient/" + patient);
    o.putObject("encounter").put("reference", "Encounter/" + id);
    o.put("effectiveDateTime", start.plus(Duration.ofMinutes(5)).toString());
    o.putObject("valueQuantity").put("value", 58 + random.nextInt(40)).put("unit", "beats/minute")
        .put("system", "http://unitsofmeasure.org").put("code", "/min");
  }
}
