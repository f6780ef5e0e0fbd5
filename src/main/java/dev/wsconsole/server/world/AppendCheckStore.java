package dev.wsconsole.server.world;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The checks of an append that need the database: entities exist (and are locked), superseded events are the entity's own. */
final class AppendCheckStore {
  private AppendCheckStore() {}

  static void entitiesAndTargets(Handle h, UUID ws, List<NewEvent> all, List<NewEvent> fresh) {
    Set<UUID> entities = new HashSet<>();
    Set<UUID> targets = new HashSet<>();
    fresh.forEach(e -> {
      entities.add(e.entityId());
      if (e.supersedes() != null) {
        targets.add(e.supersedes());
      }
    });
    if (entities.isEmpty()) {
      return;
    }
    Set<NewEvent> isFresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    isFresh.addAll(fresh);
    Set<UUID> present = EntityRowStore.lockAll(h, ws, entities, fresh.size() <= EventAppendStore.GENERIC_PLAN_MAX);
    Map<UUID, StoredEvent> found = targets.isEmpty() ? Map.of() : EventLogStore.byIds(h, ws, targets);
    for (int i = 0; i < all.size(); i++) {
      NewEvent e = all.get(i);
      if (!isFresh.contains(e)) {
        continue;
      }
      if (!present.contains(e.entityId())) {
        throw new WorldInputException(404, List.of("body", "events", i, "entity_id"), "Entity not found", "not_found");
      }
      if (e.supersedes() == null) {
        continue;
      }
      StoredEvent target = found.get(e.supersedes());
      if (target == null) {
        throw new WorldInputException(404, List.of("body", "events", i, "supersedes"), "Event not found",
            "not_found");
      }
      if (!target.entityId().equals(e.entityId())) {
        throw EventRules.bad(i, "supersedes", "The superseded event belongs to another entity", "value_error");
      }
    }
  }
}
