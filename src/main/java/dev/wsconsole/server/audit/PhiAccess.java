package dev.wsconsole.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One PHI access as stored: who read (the actor fields of {@code ApiCall.actor()}), which records of which
 * kind, by which operation, when, and under which request id. One request is one entry, however many records it read.
 */
public record PhiAccess(UUID id, UUID workspaceId, Map<String, Object> actor, String action, String resourceType,
                        List<UUID> resourceIds, String requestId, Instant createdAt) {

  /** The world entity types that hold protected health information: people, patients among them. */
  public static final Set<String> PHI_ENTITY_TYPES = Set.of("patient", "person");

  /** Resource types of PHI entries. */
  public static final String ENTITY = "entity";
  public static final String CALL = "call";
  public static final String REVIEW_ITEM = "review_item";

  /** Whether a world entity of this type holds PHI (types compare without case). */
  public static boolean isPhiEntityType(String entityType) {
    return entityType != null && PHI_ENTITY_TYPES.contains(entityType.toLowerCase(java.util.Locale.ROOT));
  }
}
