package dev.wsconsole.server.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Merged append summaries keep complete counts and name no more than MAX_IDS of anything. */
class AppendSummaryTest {
  private static StoredEvent event(UUID entity, String type, String source) {
    return new StoredEvent(UUID.randomUUID(), entity, type, "clinical", source, 1f, null, null, null, null,
        Instant.now());
  }

  @Test
  void mergedSummariesCountEveryEventAndEveryDistinctEntityOnce() {
    UUID shared = UUID.randomUUID();
    AppendSummary first = AppendSummary.of(List.of(event(shared, "vital.recorded", "device"),
        event(UUID.randomUUID(), "vital.recorded", "device")));
    first.merge(AppendSummary.of(List.of(event(shared, "note.recorded", "api"))));
    Map<String, Object> data = first.data();
    assertEquals(3, data.get("event_count"));
    assertEquals(2, data.get("entity_count"), "the entity both appends wrote counts once");
    assertEquals(2, data.get("append_count"));
    assertEquals(List.of("note.recorded", "vital.recorded"), data.get("event_types"));
    assertEquals(List.of("api", "device"), data.get("sources"));
    assertEquals(3, ((List<?>) data.get("event_ids")).size());
  }

  @Test
  void namesStopAtTheCapWhileCountsGoOn() {
    AppendSummary all = AppendSummary.of(List.of());
    List<String> firstIds = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      StoredEvent e = event(UUID.randomUUID(), "type." + i, "source." + i);
      if (firstIds.size() < WorldLiveStore.MAX_IDS) {
        firstIds.add(e.id().toString());
      }
      all.merge(AppendSummary.of(List.of(e)));
    }
    Map<String, Object> data = all.data();
    assertEquals(120, data.get("event_count"));
    assertEquals(120, data.get("entity_count"));
    assertEquals(firstIds, data.get("event_ids"), "the first appends' ids, in order");
    assertEquals(WorldLiveStore.MAX_IDS, ((List<?>) data.get("entity_ids")).size());
    assertEquals(WorldLiveStore.MAX_IDS, ((List<?>) data.get("event_types")).size());
    assertEquals(WorldLiveStore.MAX_IDS, ((List<?>) data.get("sources")).size());
  }
}
