package dev.wsconsole.server.fhir;

import dev.wsconsole.server.fhir.FhirRecord.Event;
import dev.wsconsole.server.fhir.FhirRecord.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

/**
 * Pure mapping of the imported FHIR R4 resource types to world entities, events and relationships.
 * Events come from an EHR or FHIR API, so their confidence is {@link #CONFIDENCE}; their idempotency key
 * is derived from the data source, the resource and its version, so re-importing a version adds nothing.
 */
public final class FhirMappingRules {
  /** The resource types a sync imports, in the order a server is read (targets of references first). */
  public static final List<String> RESOURCE_TYPES = List.of("Patient", "Practitioner", "Appointment", "Encounter",
      "Condition", "MedicationRequest", "Observation");
  /** Authoritative API/EHR data. */
  public static final double CONFIDENCE = 1.0;
  public static final String CLINICAL = "clinical";
  public static final String OPERATIONAL = "operational";

  private FhirMappingRules() {}

  /** Thrown for a resource type the importer does not map. */
  public static final class UnsupportedResourceException extends RuntimeException {
    public UnsupportedResourceException(String type) {
      super("resource type " + type + " is not imported (imported: " + String.join(", ", RESOURCE_TYPES) + ")");
    }
  }

  /**
   * Maps one resource. {@code version} names the resource's version: its {@code meta.versionId}, else its
   * {@code meta.lastUpdated}, else a digest of its content (see {@link #version}).
   */
  public static FhirRecord map(Resource r, UUID dataSourceId, String version) {
    String id = r.getIdElement().getIdPart();
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("resource has no id");
    }
    Mapped m = mapped(r);
    String type = r.fhirType();
    String key = type + "/" + id;
    List<Event> events = new ArrayList<>();
    for (Mapped.Partial e : m.events()) {
      events.add(new Event(e.eventType(), e.domain(), e.data(), e.occurredAt(),
          "fhir:" + dataSourceId + ":" + key + ":" + e.eventType() + ":" + version));
    }
    return new FhirRecord(type, id, key, m.entityType(), m.displayName(), List.copyOf(events), m.links());
  }

  private static Mapped mapped(Resource r) {
    if (r instanceof Patient p) {
      return FhirPeopleRules.patient(p);
    } else if (r instanceof Practitioner p) {
      return FhirPeopleRules.practitioner(p);
    } else if (r instanceof Appointment a) {
      return FhirPeopleRules.appointment(a);
    } else if (r instanceof Encounter e) {
      return FhirClinicalRules.encounter(e);
    } else if (r instanceof Condition c) {
      return FhirClinicalRules.condition(c);
    } else if (r instanceof MedicationRequest mr) {
      return FhirClinicalRules.medicationRequest(mr);
    } else if (r instanceof Observation o) {
      return FhirClinicalRules.observation(o);
    }
    throw new UnsupportedResourceException(r.fhirType());
  }

  /** The version tag of a resource: {@code v<versionId>}, {@code t<lastUpdated>}, or {@code h<digest>}. */
  public static String version(Resource r, String contentDigest) {
    if (r.getMeta().hasVersionId()) {
      return "v" + r.getMeta().getVersionId();
    }
    if (r.getMeta().hasLastUpdated()) {
      return "t" + r.getMeta().getLastUpdated().toInstant();
    }
    return "h" + contentDigest;
  }

  /** A mapper's result before keys are derived. */
  record Mapped(String entityType, String displayName, List<Partial> events, List<Link> links) {
    /** An event without its idempotency key. */
    record Partial(String eventType, String domain, Map<String, Object> data, Instant occurredAt) {}
  }

  /** Adds a link when the reference resolved to a key. */
  static void link(List<Link> links, String type, String targetKey) {
    if (targetKey != null) {
      links.add(new Link(type, targetKey, entityType(targetKey.substring(0, targetKey.indexOf('/')))));
    }
  }

  /** The world entity type of a resource type: snake_case ({@code MedicationRequest} → {@code medication_request}). */
  public static String entityType(String resourceType) {
    return resourceType.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
