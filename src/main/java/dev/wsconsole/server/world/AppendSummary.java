package dev.wsconsole.server.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What one or more appends to a workspace wrote, as the {@link WorldLiveStore#APPENDED} announcement says it:
 * complete counts, and at most {@link WorldLiveStore#MAX_IDS} of each kind of name. Appends merge into one
 * summary when they are announced together (decision 0026). Not thread-safe; its owner guards it.
 */
final class AppendSummary {
  private int appendCount;
  private int eventCount;
  private final Set<UUID> entities = new HashSet<>();
  private final Set<UUID> namedEntities = new LinkedHashSet<>();
  private final List<String> eventIds = new ArrayList<>();
  private final TreeSet<String> types = new TreeSet<>();
  private final TreeSet<String> sources = new TreeSet<>();

  /** The summary of one append's newly written events. */
  static AppendSummary of(List<StoredEvent> fresh) {
    AppendSummary s = new AppendSummary();
    s.appendCount = 1;
    for (StoredEvent e : fresh) {
      s.eventCount++;
      s.entities.add(e.entityId());
      s.name(s.namedEntities, e.entityId());
      if (s.eventIds.size() < WorldLiveStore.MAX_IDS) {
        s.eventIds.add(e.id().toString());
      }
      s.name(s.types, e.eventType());
      s.name(s.sources, e.source());
    }
    return s;
  }

  /** Adds {@code later}'s appends to this one's. */
  void merge(AppendSummary later) {
    appendCount += later.appendCount;
    eventCount += later.eventCount;
    entities.addAll(later.entities);
    later.namedEntities.forEach(id -> name(namedEntities, id));
    later.eventIds.stream().limit(Math.max(0, WorldLiveStore.MAX_IDS - eventIds.size())).forEach(eventIds::add);
    later.types.forEach(t -> name(types, t));
    later.sources.forEach(s -> name(sources, s));
  }

  int eventCount() {
    return eventCount;
  }

  /** The announcement's data: counts first, then the names. */
  Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("event_count", eventCount);
    data.put("entity_count", entities.size());
    data.put("append_count", appendCount);
    data.put("entity_ids", namedEntities.stream().map(UUID::toString).sorted().toList());
    data.put("event_ids", List.copyOf(eventIds));
    data.put("event_types", List.copyOf(types));
    data.put("sources", List.copyOf(sources));
    return data;
  }

  private <T> void name(Set<T> names, T name) {
    if (names.size() < WorldLiveStore.MAX_IDS) {
      names.add(name);
    }
  }
}
