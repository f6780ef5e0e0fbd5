package dev.wsconsole.server.world;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.world.Projection.Fact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
      Map<UUID, StoredEvent> events = EventLogStore.byIds(h, ws,
          p.fields().values().stream().map(Fact::eventId).collect(Collectors.toSet()));
      List<Field> out = new ArrayList<>();
      p.fields().forEach((name, fact) -> {
        StoredEvent event = events.get(fact.eventId());
        out.add(new Field(name, fact.value(), fact.confidence(), event == null ? null : event.source(),
            event == null ? null : event.eventType(), fact.eventId(), fact.ingestedAt()));
      });
      return new Fields(id, out);
    }));
  }
}
