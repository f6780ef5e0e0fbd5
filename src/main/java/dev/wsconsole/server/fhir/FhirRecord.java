package dev.wsconsole.server.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one FHIR resource becomes in the world model: its entity (keyed by {@code Type/id}, scoped to the
 * data source), the events it states and the entities it points at.
 */
public record FhirRecord(String resourceType, String resourceId, String externalKey, String entityType,
                         String displayName, List<Event> events, List<Link> links) {

  /** One event of the resource; {@code idempotencyKey} is the same every time the same version is imported. */
  public record Event(String eventType, String domain, Map<String, Object> data, Instant occurredAt,
                      String idempotencyKey) {}

  /** A relationship from this resource's entity to the entity of another resource ({@code Type/id}). */
  public record Link(String relationshipType, String targetKey, String targetEntityType) {}
}
