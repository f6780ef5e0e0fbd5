package dev.wsconsole.server.world;

import dev.wsconsole.model.wire.WorldViews.Field;
import dev.wsconsole.model.wire.WorldViews.Fields;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.world.Projection.Fact;
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
