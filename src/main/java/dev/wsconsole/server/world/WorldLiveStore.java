package dev.wsconsole.server.world;

import dev.wsconsole.server.live.LiveEventStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Announces world writes on the live stream (namespace {@code world}, so only readers with World.view see
 * them) as summaries, never one event per event: appends after their commit, those of one workspace within
 * {@link WorldAnnouncer#SPACING} merged (decision 0026); import pages and new entities inside their transaction.
 */
public final class WorldLiveStore {
  /** Appended by an API call, a review correction or a voiceprint change. */
  public static final String APPENDED = "world.events_appended";
  /** Written by one page of a data-source import. */
  public static final String IMPORTED = "world.events_imported";
  public static final String ENTITY_CREATED = "world.entity_created";
  /** A summary names at most this many ids; the counts are always complete. */
  public static final int MAX_IDS = 50;

  private WorldLiveStore() {}

  /**
   * Announces the newly written events (nothing when every event was a replay): after the transaction
   * commits, through {@code announcer} (decision 0026); without one (null), inside the transaction.
   */
  static void appended(Handle h, UUID ws, List<StoredEvent> fresh, WorldAnnouncer announcer) {
    if (fresh.isEmpty()) {
      return;
    }
    AppendSummary summary = AppendSummary.of(fresh);
    if (announcer != null) {
      h.afterCommit(() -> announcer.offer(ws, summary));
    } else {
      LiveEventStore.publish(h, ws, APPENDED, summary.data());
    }
  }

  /** Publishes one page of an import: how many events and entities, and which data source wrote them. */
  public static void imported(Handle h, UUID ws, UUID dataSourceId, int eventCount, List<UUID> entities) {
    if (eventCount == 0) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("data_source_id", dataSourceId.toString());
    data.put("event_count", eventCount);
    data.put("entity_count", entities.size());
    data.put("entity_ids", entities.stream().limit(MAX_IDS).map(UUID::toString).toList());
    LiveEventStore.publish(h, ws, IMPORTED, data);
  }

  static void entityCreated(Handle h, UUID ws, UUID id, String entityType) {
    LiveEventStore.publish(h, ws, ENTITY_CREATED, Map.of("entity_id", id.toString(), "entity_type", entityType));
  }
}
