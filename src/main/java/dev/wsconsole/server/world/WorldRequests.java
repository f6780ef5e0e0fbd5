package dev.wsconsole.server.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The world API's request bodies. */
public final class WorldRequests {
  private WorldRequests() {}

  /** One event to append; {@code data} defaults to {}. */
  public record EventFields(UUID entityId, String eventType, String domain, String source, Double confidence,
                            ObjectNode data, UUID supersedes, String idempotencyKey, Instant occurredAt) {
    NewEvent toNew() {
      return new NewEvent(entityId, eventType, domain, source, confidence == null ? Double.NaN : confidence,
          data == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : data,
          supersedes, idempotencyKey, occurredAt);
    }
  }

  /** A batch of events. */
  public record Batch(List<EventFields> events) {}

  /** Ensure-entity: the entity of this type and external key, made if missing. */
  public record EntityFields(String entityType, String externalKey, String displayName) {}

  /** Recompute one entity, or (no entity_id) the whole workspace. */
  public record RecomputeFields(UUID entityId) {}
}
