package dev.wsconsole.server.world;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Rebuilds every projection of a workspace from its log in one pass over the events, ordered by entity. */
final class ProjectionRebuildStore {
  private ProjectionRebuildStore() {}

  /** Returns the number of entities rebuilt. */
  static long workspace(Handle h, UUID ws) {
    List<UUID> entities = h.createQuery("SELECT id FROM console.entities WHERE workspace_id = :ws ORDER BY id"
            + " FOR NO KEY UPDATE").bind("ws", ws).mapTo(UUID.class).list();
    var seen = new java.util.HashSet<UUID>();
    List<StoredEvent> current = new ArrayList<>();
    try (var events = h.createQuery("SELECT " + EventLogStore.COLUMNS + " FROM console.events WHERE workspace_id = :ws"
            + " ORDER BY entity_id, ingested_at, id").setFetchSize(5000).bind("ws", ws).map(EventLogStore::map).stream()) {
      var it = events.iterator();
      while (it.hasNext()) {
        StoredEvent e = it.next();
        if (!current.isEmpty() && !current.get(0).entityId().equals(e.entityId())) {
          flush(h, ws, current, seen);
        }
        current.add(e);
      }
    }
    if (!current.isEmpty()) {
      flush(h, ws, current, seen);
    }
    for (UUID id : entities) {
      if (!seen.contains(id)) {
        EntityRowStore.save(h, ws, id, Projection.empty());
      }
    }
    return entities.size();
  }

  private static void flush(Handle h, UUID ws, List<StoredEvent> events, java.util.Set<UUID> seen) {
    UUID entity = events.get(0).entityId();
    EntityRowStore.save(h, ws, entity, ProjectionRules.project(events));
    seen.add(entity);
    events.clear();
  }
}
