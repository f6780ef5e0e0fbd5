package dev.wsconsole.server.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.db.TenantTx;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Writes mapped FHIR records into a workspace's world model, one page per transaction: entities keyed
 * by data source and {@code Type/id} (a stable id derived from both, so a re-sync finds them again), events
 * skipped when their idempotency key is already there, and relationships to (possibly empty) target entities;
 * then each entity that got new events is projected by the world model ({@code WorldStore.recompute}) and the
 * page is announced on the live stream as one {@code world.events_imported} summary.
 */
public final class FhirImportStore {
  private static final ObjectMapper JSON = Json.mapper();
  private final TenantTx tx;

  public FhirImportStore(TenantTx tx) {
    this.tx = tx;
  }

  /** The entity id of {@code Type/id} imported from a data source. */
  public static UUID entityId(UUID dataSourceId, String externalKey) {
    return UUID.nameUUIDFromBytes(("fhir:" + dataSourceId + ":" + externalKey).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the records; answers how many new events each record's entity got, by external key. */
  public Map<String, Integer> write(UUID ws, UUID dataSourceId, List<FhirRecord> records) {
    if (records.isEmpty()) {
      return Map.of();
    }
    return tx.call(ws, h -> {
      Map<String, Integer> written = new HashMap<>();
      java.util.Set<UUID> touched = new java.util.TreeSet<>();
      for (FhirRecord r : records) {
        UUID entity = ensure(h, ws, dataSourceId, r.externalKey(), r.entityType(), r.displayName());
        int n = 0;
        for (FhirRecord.Event e : r.events()) {
          n += append(h, ws, entity, dataSourceId, e);
        }
        for (FhirRecord.Link l : r.links()) {
          UUID target = ensure(h, ws, dataSourceId, l.targetKey(), l.targetEntityType(), "");
          relate(h, ws, entity, target, l.relationshipType());
        }
        written.merge(r.externalKey(), n, Integer::sum);
        if (n > 0) {
          touched.add(entity);
        }
      }
      // The entity state is the world model's projection of its events: computed here, in the same
      // transaction, for every entity that got new events (in id order, as the world's writers lock).
      for (UUID entity : touched) {
        dev.wsconsole.server.world.WorldStore.recompute(h, ws, entity);
      }
      // One live summary per page, not one per event: an import may write hundreds of thousands.
      dev.wsconsole.server.world.WorldLiveStore.imported(h, ws, dataSourceId,
          written.values().stream().mapToInt(Integer::intValue).sum(), new java.util.ArrayList<>(touched));
      return written;
    });
  }

  private static UUID ensure(Handle h, UUID ws, UUID ds, String key, String type, String displayName) {
    UUID id = entityId(ds, key);
    h.createUpdate("INSERT INTO console.entities (workspace_id, id, entity_type, display_name)"
            + " VALUES (:ws, :id, :type, :name) ON CONFLICT (workspace_id, id) DO UPDATE"
            + " SET display_name = EXCLUDED.display_name, updated_at = now()"
            + " WHERE EXCLUDED.display_name <> '' AND console.entities.display_name IS DISTINCT FROM EXCLUDED.display_name")
        .bind("ws", ws).bind("id", id).bind("type", type).bind("name", displayName == null ? "" : displayName)
        .execute();
    return id;
  }

  private static int append(Handle h, UUID ws, UUID entity, UUID ds, FhirRecord.Event e) {
    return h.createUpdate("INSERT INTO console.events (workspace_id, id, entity_id, event_type, domain, source,"
            + " confidence, data, idempotency_key, occurred_at) VALUES (:ws, :id, :entity, :type, :domain, :source,"
            + " :confidence, CAST(:data AS jsonb), :key, coalesce(CAST(:occurred AS timestamptz), now()))"
            + " ON CONFLICT (workspace_id, idempotency_key) DO NOTHING")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("entity", entity).bind("type", e.eventType())
        .bind("domain", e.domain()).bind("source", "data_source:" + ds)
        .bind("confidence", (float) FhirMappingRules.CONFIDENCE).bind("data", json(e.data()))
        .bind("key", e.idempotencyKey())
        .bind("occurred", e.occurredAt() == null ? null : e.occurredAt().atOffset(ZoneOffset.UTC))
        .execute();
  }

  private static void relate(Handle h, UUID ws, UUID from, UUID to, String type) {
    h.createUpdate("INSERT INTO console.entity_relationships (workspace_id, id, from_entity_id, to_entity_id,"
            + " relationship_type) VALUES (:ws, :id, :from, :to, :type)"
            + " ON CONFLICT (workspace_id, from_entity_id, to_entity_id, relationship_type) DO NOTHING")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("from", from).bind("to", to).bind("type", type).execute();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
