package dev.wsconsole.server.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Generated synthetic resources for the in-process FHIR server: patients, a practitioner, encounters, vitals. */
final class FhirTestResources {
  private static final String[] GIVEN = {"Avery", "Blake", "Cameron", "Devon", "Emerson", "Finley", "Harper"};
  private static final String[] FAMILY = {"Synthetic", "Fixture", "Sample", "Example", "Testcase"};

  private FhirTestResources() {}

  /** {@code patients} patients, one practitioner, and one encounter and one observation per patient. */
  static List<Resource> clinic(int patients) {
    List<Resource> out = new ArrayList<>();
    Practitioner doc = new Practitioner();
    doc.setId("gen-pr-1");
    doc.getMeta().setVersionId("1");
    doc.addName().setFamily("Generated").addGiven("Morgan");
    out.add(doc);
    Date visit = Date.from(java.time.Instant.parse("2026-11-26T09:00:00Z"));
    for (int i = 0; i < patients; i++) {
      Patient p = new Patient();
      p.setId("gen-p-" + i);
      p.getMeta().setVersionId("1");
      p.addName().setFamily(FAMILY[i % FAMILY.length]).addGiven(GIVEN[i % GIVEN.length]);
      p.setGender(i % 2 == 0 ? Enumerations.AdministrativeGender.FEMALE : Enumerations.AdministrativeGender.MALE);
      p.addGeneralPractitioner(new Reference("Practitioner/gen-pr-1"));
      out.add(p);
      Encounter e = new Encounter();
      e.setId("gen-e-" + i);
      e.getMeta().setVersionId("1");
      e.setStatus(Encounter.EncounterStatus.FINISHED);
      e.setSubject(new Reference("Patient/gen-p-" + i));
      e.addParticipant().setIndividual(new Reference("Practitioner/gen-pr-1"));
      e.setPeriod(new Period().setStart(visit));
      out.add(e);
      Observation o = new Observation();
      o.setId("gen-o-" + i);
      o.getMeta().setVersionId("1");
      o.setStatus(Observation.ObservationStatus.FINAL);
      o.getCode().addCoding().setSystem("http://loinc.org").setCode("8867-4").setDisplay("Heart rate");
      o.setSubject(new Reference("Patient/gen-p-" + i));
      o.setEncounter(new Reference("Encounter/gen-e-" + i));
      o.setValue(new Quantity().setValue(60 + i % 40).setUnit("/min"));
      out.add(o);
    }
    return out;
  }
}
