package dev.wsconsole.server.fhir;

import static dev.wsconsole.server.fhir.FhirMappingRules.CLINICAL;
import static dev.wsconsole.server.fhir.FhirMappingRules.OPERATIONAL;
import static dev.wsconsole.server.fhir.FhirValues.put;

import dev.wsconsole.server.fhir.FhirMappingRules.Mapped;
import dev.wsconsole.server.fhir.FhirMappingRules.Mapped.Partial;
import dev.wsconsole.server.fhir.FhirRecord.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/** Pure mapping of Patient, Practitioner and Appointment resources (people and their schedule). */
final class FhirPeopleRules {
  private FhirPeopleRules() {}

  static Mapped patient(Patient p) {
    String name = FhirValues.name(p.getName());
    Map<String, Object> data = new LinkedHashMap<>();
    put(data, "name", name);
    put(data, "birth_date", p.hasBirthDate() ? p.getBirthDateElement().getValueAsString() : null);
    put(data, "gender", p.hasGender() ? p.getGender().toCode() : null);
    put(data, "mrn", FhirValues.identifier(p.getIdentifier()));
    put(data, "phone", p.getTelecom().stream().filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
        .map(ContactPoint::getValue).findFirst().orElse(null));
    put(data, "active", p.hasActive() ? p.getActive() : null);
    put(data, "deceased", p.hasDeceasedBooleanType() ? p.getDeceasedBooleanType().getValue() : null);
    List<Link> links = new ArrayList<>();
    for (Reference gp : p.getGeneralPractitioner()) {
      FhirMappingRules.link(links, "general_practitioner", FhirValues.key(gp, "Practitioner"));
    }
    return new Mapped("patient", name, List.of(new Partial("patient.demographics", CLINICAL, data, null)),
        List.copyOf(links));
  }

  static Mapped practitioner(Practitioner p) {
    String name = FhirValues.name(p.getName());
    Map<String, Object> data = new LinkedHashMap<>();
    put(data, "name", name);
    put(data, "identifier", FhirValues.identifier(p.getIdentifier()));
    put(data, "qualification", p.hasQualification() ? FhirValues.concept(p.getQualificationFirstRep().getCode()) : null);
    put(data, "active", p.hasActive() ? p.getActive() : null);
    return new Mapped("practitioner", name, List.of(new Partial("practitioner.profile", OPERATIONAL, data, null)),
        List.of());
  }

  static Mapped appointment(Appointment a) {
    Map<String, Object> data = new LinkedHashMap<>();
    put(data, "status", a.hasStatus() ? a.getStatus().toCode() : null);
    put(data, "start", FhirValues.iso(a.getStart()));
    put(data, "end", FhirValues.iso(a.getEnd()));
    put(data, "description", a.getDescription());
    put(data, "service_type", FhirValues.firstConcept(a.getServiceType()));
    put(data, "reason", FhirValues.firstConcept(a.getReasonCode()));
    List<Link> links = new ArrayList<>();
    for (Appointment.AppointmentParticipantComponent who : a.getParticipant()) {
      FhirMappingRules.link(links, "patient", FhirValues.key(who.getActor(), "Patient"));
      FhirMappingRules.link(links, "practitioner", FhirValues.key(who.getActor(), "Practitioner"));
    }
    String status = a.hasStatus() ? a.getStatus().toCode() : "unknown";
    String display = (a.hasDescription() ? a.getDescription() : "Appointment")
        + (a.hasStart() ? " " + a.getStart().toInstant() : "");
    return new Mapped("appointment", display,
        List.of(new Partial("appointment." + status.replace('-', '_'), OPERATIONAL, data,
            FhirValues.instant(a.getStart()))), List.copyOf(links));
  }
}
