package dev.wsconsole.server.fhir;

import static dev.wsconsole.server.fhir.FhirMappingRules.CLINICAL;
import static dev.wsconsole.server.fhir.FhirValues.put;

import dev.wsconsole.server.fhir.FhirMappingRules.Mapped;
import dev.wsconsole.server.fhir.FhirMappingRules.Mapped.Partial;
import dev.wsconsole.server.fhir.FhirRecord.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/** Pure mapping of Encounter, Condition, MedicationRequest and Observation resources (clinical facts). */
final class FhirClinicalRules {
  private FhirClinicalRules() {}

  static Mapped encounter(Encounter e) {
    Map<String, Object> data = new LinkedHashMap<>();
    put(data, "status", e.hasStatus() ? e.getStatus().toCode() : null);
    put(data, "class", e.hasClass_() ? e.getClass_().getCode() : null);
    put(data, "type", FhirValues.firstConcept(e.getType()));
    put(data, "period", FhirValues.period(e.getPeriod()));
    put(data, "reason", FhirValues.firstConcept(e.getReasonCode()));
    List<Link> links = new ArrayList<>();
    FhirMappingRules.link(links, "patient", FhirValues.key(e.getSubject(), "Patient"));
    for (Encounter.EncounterParticipantComponent who : e.getParticipant()) {
      FhirMappingRules.link(links, "practitioner", FhirValues.key(who.getIndividual(), "Practitioner"));
    }
    e.getAppointment().forEach(a -> FhirMappingRules.link(links, "appointment", FhirValues.key(a, "Appointment")));
    Map<String, Object> type = FhirValues.firstConcept(e.getType());
    String display = type != null && type.get("text") != null ? type.get("text").toString() : "Encounter";
    return new Mapped("encounter", display, List.of(new Partial("encounter.recorded", CLINICAL, data,
        FhirValues.instant(e.getPeriod().getStart()))), List.copyOf(links));
  }

  static Mapped condition(Condition c) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> code = FhirValues.concept(c.getCode());
    put(data, "code", code);
    put(data, "clinical_status", c.hasClinicalStatus() ? c.getClinicalStatus().getCodingFirstRep().getCode() : null);
    put(data, "verification_status",
        c.hasVerificationStatus() ? c.getVerificationStatus().getCodingFirstRep().getCode() : null);
    put(data, "onset", c.hasOnsetDateTimeType() ? c.getOnsetDateTimeType().getValueAsString() : null);
    put(data, "recorded_date", FhirValues.iso(c.getRecordedDate()));
    List<Link> links = new ArrayList<>();
    FhirMappingRules.link(links, "patient", FhirValues.key(c.getSubject(), "Patient"));
    FhirMappingRules.link(links, "encounter", FhirValues.key(c.getEncounter(), "Encounter"));
    return new Mapped("condition", text(code, "Condition"), List.of(new Partial("condition.recorded", CLINICAL, data,
        FhirValues.instant(c.getRecordedDate()))), List.copyOf(links));
  }

  static Mapped medicationRequest(MedicationRequest m) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> med = m.hasMedicationCodeableConcept()
        ? FhirValues.concept(m.getMedicationCodeableConcept()) : null;
    put(data, "medication", med);
    put(data, "status", m.hasStatus() ? m.getStatus().toCode() : null);
    put(data, "intent", m.hasIntent() ? m.getIntent().toCode() : null);
    put(data, "authored_on", FhirValues.iso(m.getAuthoredOn()));
    put(data, "dosage", m.hasDosageInstruction() ? m.getDosageInstructionFirstRep().getText() : null);
    List<Link> links = new ArrayList<>();
    FhirMappingRules.link(links, "patient", FhirValues.key(m.getSubject(), "Patient"));
    FhirMappingRules.link(links, "prescriber", FhirValues.key(m.getRequester(), "Practitioner"));
    FhirMappingRules.link(links, "encounter", FhirValues.key(m.getEncounter(), "Encounter"));
    return new Mapped("medication_request", text(med, "Medication request"),
        List.of(new Partial("medication.prescribed", CLINICAL, data, FhirValues.instant(m.getAuthoredOn()))),
        List.copyOf(links));
  }

  static Mapped observation(Observation o) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> code = FhirValues.concept(o.getCode());
    put(data, "code", code);
    put(data, "status", o.hasStatus() ? o.getStatus().toCode() : null);
    put(data, "category", FhirValues.firstConcept(o.getCategory()));
    put(data, "value", value(o.getValue()));
    put(data, "effective", o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType().getValueAsString() : null);
    List<Link> links = new ArrayList<>();
    FhirMappingRules.link(links, "patient", FhirValues.key(o.getSubject(), "Patient"));
    FhirMappingRules.link(links, "encounter", FhirValues.key(o.getEncounter(), "Encounter"));
    java.util.Date when = o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType().getValue() : null;
    return new Mapped("observation", text(code, "Observation"),
        List.of(new Partial("observation.recorded", CLINICAL, data, FhirValues.instant(when))), List.copyOf(links));
  }

  /** A quantity as {value, unit}, a concept as its map, anything else as its string form. */
  private static Object value(Type v) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v instanceof Quantity q) {
      Map<String, Object> out = new LinkedHashMap<>();
      put(out, "value", q.hasValue() ? q.getValue() : null);
      put(out, "unit", q.hasUnit() ? q.getUnit() : q.getCode());
      return out;
    }
    if (v instanceof org.hl7.fhir.r4.model.CodeableConcept c) {
      return FhirValues.concept(c);
    }
    return v.primitiveValue();
  }

  private static String text(Map<String, Object> concept, String fallback) {
    return concept != null && concept.get("text") != null ? concept.get("text").toString() : fallback;
  }
}
