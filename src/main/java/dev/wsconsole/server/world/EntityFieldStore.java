package dev.wsconsole.server.world;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.world.Projection.Fact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads an entity's projected fields with who won each: value, confidence, the winning event and its source. */
public final class EntityFieldStore {
  private final TenantTx tx;

  public EntityFieldStore(TenantTx tx) {
    this.tx = tx;
  }

  /** One projected field (extension): its value and the event that set it. */
  public record Field(String field, JsonNode value, float confidence, String source, String eventType, UUID eventId,
                      Instant ingestedAt) {}

  /** An entity's projected fields, by name (extension: get-entity-fields). */
  public record Fields(UUID entityId, List<Field> fields) {}

  public Optional<Fields> fields(UUID ws, UUID id) {
    return tx.call(ws, h -> EntityRowStore.read(h, ws, id).map(p -> {
      Map<UUID, String[]> events = new HashMap<>();
      UUID[] ids = p.fields().values().stream().map(Fact::eventId).distinct().toArray(UUID[]::new);
      h.createQuery("SELECT id, source, event_type FROM console.events WHERE workspace_id = :ws AND id = ANY(:ids)")
          .bind("ws", ws).bind("ids", ids)
          .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class),
              new String[] {rs.getString("source"), rs.getString("event_type")}))
          .forEach(e -> events.put(e.getKey(), e.getValue()));
      List<Field> out = new ArrayList<>();
      p.fields().forEach((name, fact) -> {
        String[] event = events.getOrDefault(fact.eventId(), new String[] {null, null});
        out.add(new Field(name, fact.value(), fact.confidence(), event[0], event[1], fact.eventId(),
            fact.ingestedAt()));
      });
      return new Fields(id, out);
    }));
  }
}
