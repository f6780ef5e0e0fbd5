package dev.wsconsole.server.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.fhir.FhirRecord.Link;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mapping of real FHIR R4 JSON (the committed synthetic bundles) to entities, events and links. */
class FhirMappingRulesTest {
  private static final FhirJson PARSER = new FhirJson();
  private static final UUID SOURCE = UUID.fromString("00000000-0000-0000-0000-0000000000d5");

  static String resource(String name) {
    try (var in = FhirMappingRulesTest.class.getResourceAsStream("/fhir/drop/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, FhirRecord> clinicDay() {
    FhirJson.Page page = PARSER.read(resource("01-clinic-day.json"), "01-clinic-day.json");
    assertEquals(List.of(), page.problems());
    return page.resources().stream().map(p -> FhirMappingRules.map(p.resource(), SOURCE, p.version()))
        .collect(Collectors.toMap(FhirRecord::externalKey, r -> r));
  }

  @Test
  void aPatientBecomesAPatientEntityWithADemographicsEventAndItsPractitioner() {
    FhirRecord p = clinicDay().get("Patient/p-1");
    assertEquals("patient", p.entityType());
    assertEquals("Jordan Testperson", p.displayName());
    assertEquals(1, p.events().size());
    FhirRecord.Event e = p.events().get(0);
    assertEquals("patient.demographics", e.eventType());
    assertEquals("clinical", e.domain());
    assertEquals("1984-03-07", e.data().get("birth_date"));
    assertEquals("female", e.data().get("gender"));
    assertEquals("SYN-0001", e.data().get("mrn"));
    assertEquals("+15555550101", e.data().get("phone"));
    assertEquals("fhir:" + SOURCE + ":Patient/p-1:patient.demographics:v3", e.idempotencyKey());
    assertEquals(List.of(new Link("general_practitioner", "Practitioner/pr-1", "practitioner")), p.links());
  }

  @Test
  void withoutAVersionIdTheLastUpdatedTimeNamesTheVersion() {
    FhirRecord p = clinicDay().get("Patient/p-2");
    assertTrue(p.events().get(0).idempotencyKey().endsWith(":t2026-11-21T10:30:00Z"), p.events().toString());
    assertEquals("Riley Q Sample", p.displayName());
  }

  @Test
  void anAppointmentIsOperationalAndPointsAtItsPatientAndPractitioner() {
    FhirRecord a = clinicDay().get("Appointment/a-1");
    assertEquals("appointment", a.entityType());
    assertEquals("appointment.booked", a.events().get(0).eventType());
    assertEquals("operational", a.events().get(0).domain());
    assertEquals(Instant.parse("2026-11-27T14:00:00Z"), a.events().get(0).occurredAt());
    assertEquals(List.of(new Link("patient", "Patient/p-1", "patient"),
        new Link("practitioner", "Practitioner/pr-1", "practitioner")), a.links());
  }

  @Test
  void anEncounterLinksPatientPractitionerAndAppointment() {
    FhirRecord e = clinicDay().get("Encounter/e-1");
    assertEquals("Encounter for check up", e.displayName());
    assertEquals("encounter.recorded", e.events().get(0).eventType());
    assertEquals("AMB", e.events().get(0).data().get("class"));
    assertEquals(List.of("Patient/p-1", "Practitioner/pr-1", "Appointment/a-1"),
        e.links().stream().map(Link::targetKey).toList());
  }

  @Test
  void conditionMedicationAndObservationCarryTheirCodesAndValues() {
    Map<String, FhirRecord> all = clinicDay();
    FhirRecord c = all.get("Condition/c-1");
    assertEquals("Hypertension", c.displayName());
    assertEquals("active", c.events().get(0).data().get("clinical_status"));
    FhirRecord m = all.get("MedicationRequest/m-1");
    assertEquals("medication_request", m.entityType());
    assertEquals("medication.prescribed", m.events().get(0).eventType());
    assertEquals("1 tablet by mouth daily", m.events().get(0).data().get("dosage"));
    assertTrue(m.links().contains(new Link("prescriber", "Practitioner/pr-1", "practitioner")));
    FhirRecord o = all.get("Observation/o-1");
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) o.events().get(0).data().get("value");
    assertEquals(0, new java.math.BigDecimal("142").compareTo((java.math.BigDecimal) value.get("value")));
    assertEquals("mmHg", value.get("unit"));
    assertEquals("8480-6", ((Map<?, ?>) o.events().get(0).data().get("code")).get("code"));
  }

  @Test
  void everyEventIsFromTheEhrDomainsAreClinicalOrOperationalAndKeysAreDistinct() {
    Map<String, FhirRecord> all = clinicDay();
    assertEquals(8, all.size());
    List<String> keys = all.values().stream().flatMap(r -> r.events().stream())
        .map(FhirRecord.Event::idempotencyKey).toList();
    assertEquals(keys.size(), keys.stream().distinct().count());
    all.values().stream().flatMap(r -> r.events().stream())
        .forEach(e -> assertTrue(List.of("clinical", "operational").contains(e.domain()), e.toString()));
  }

  @Test
  void aMalformedResourceIsAProblemAndTheRestOfItsBundleStillParses() {
    FhirJson.Page page = PARSER.read(resource("02-with-malformed.json"), "02-with-malformed.json");
    assertEquals(List.of("Patient/p-3", "Observation/o-2"), page.resources().stream()
        .map(p -> p.resource().fhirType() + "/" + p.resource().getIdElement().getIdPart()).toList());
    assertEquals(1, page.problems().size());
    FhirProblem bad = page.problems().get(0);
    assertEquals("Patient", bad.resourceType());
    assertEquals("p-bad", bad.resourceId());
    assertEquals("02-with-malformed.json entry 1", bad.where());
    assertTrue(bad.message().startsWith("malformed"), bad.message());
  }

  @Test
  void theSameContentWithoutMetaGetsTheSameVersionAndChangedContentANewOne() {
    String a = "{\"resourceType\":\"Patient\",\"id\":\"x\",\"gender\":\"male\"}";
    String b = "{\"resourceType\":\"Patient\",\"id\":\"x\",\"gender\":\"female\"}";
    String v1 = PARSER.read(a, "a").resources().get(0).version();
    assertEquals(v1, PARSER.read(a, "a again").resources().get(0).version());
    assertNotEquals(v1, PARSER.read(b, "b").resources().get(0).version());
    assertTrue(v1.startsWith("h"));
  }

  @Test
  void notJsonAndUnsupportedTypesAreProblemsNotFailures() {
    assertEquals(1, PARSER.read("{nope", "x.json").problems().size());
    FhirJson.Page page = PARSER.read("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":"
        + "{\"resourceType\":\"Device\",\"id\":\"d1\"}}]}", "y.json");
    assertEquals("resource type is not imported", page.problems().get(0).message());
  }
}
