package dev.wsconsole.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.db.TenantTx;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of live events: {@link #publish} writes one inside the caller's tenant transaction (the
 * database announces it at commit), the rest reads and prunes a workspace's recent events.
 */
public final class LiveEventStore {
  /** How long events stay replayable after Last-Event-ID. */
  public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = dev.wsconsole.model.Json.mapper();
  private static final int PRUNE_EVERY = 64;
  private final TenantTx tx;

  public LiveEventStore(TenantTx tx) {
    this.tx = tx;
  }

  /**
   * Publishes {@code type} with {@code data} (a record or map, written as a JSON object in snake_case)
   * to {@code ws}'s live stream, as part of the caller's transaction on {@code h} (already scoped to
   * {@code ws}): it is seen only if that transaction commits. Returns the event's number. Publish late in
   * the transaction: the number is taken under the workspace's writer lock, held until commit.
   */
  public static long publish(Handle h, UUID ws, String type, Object data) {
    String permission = LiveEventRules.permissionFor(type).wireName();
    String json = payload(type, data);
    // One round trip (V23): the audit log's writer lock first, then the counter (the same order as an
    // audit append that publishes, so no deadlock), then the row; both locks are held until commit.
    long seq = h.createQuery("SELECT app.publish_live_event(:ws, :type, :permission, CAST(:data AS jsonb))")
        .bind("ws", ws).bind("type", type).bind("permission", permission).bind("data", json)
        .mapTo(Long.class).one();
    if (seq % PRUNE_EVERY == 0) {
      prune(h, ws);
    }
    return seq;
  }

  private static String payload(String type, Object data) {
    ObjectNode node = data == null ? JSON.createObjectNode() : JSON.valueToTree(data);
    node.put("event_type", type);
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("live event data is not serialisable", e);
    }
  }

  private static int prune(Handle h, UUID ws) {
    return h.createUpdate("DELETE FROM console.live_events WHERE workspace_id = :ws"
            + " AND created_at < now() - make_interval(secs => :secs)")
        .bind("ws", ws).bind("secs", (double) REPLAY_WINDOW.toSeconds()).execute();
  }

  /** Deletes {@code ws}'s events older than the replay window; returns how many. */
  public int prune(UUID ws) {
    return tx.call(ws, h -> prune(h, ws));
  }

  /** Up to {@code limit} events of {@code ws} after {@code afterSeq}, oldest first. */
  public List<LiveEvent> after(UUID ws, long afterSeq, int limit) {
    return tx.query(ws, "SELECT seq, event_type, permission, data::text, created_at FROM console.live_events"
            + " WHERE workspace_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        rs -> new LiveEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, java.time.OffsetDateTime.class).toInstant()),
        ws, afterSeq, limit);
  }

  /** Where a stream of {@code ws} starts for a client that last saw {@code lastEventId} (may be null). */
  public LiveEventRules.Start start(UUID ws, String lastEventId) {
    List<long[]> row = tx.query(ws, "SELECT coalesce((SELECT last_seq FROM console.live_event_counters"
            + " WHERE workspace_id = ?), 0), (SELECT min(seq) FROM console.live_events WHERE workspace_id = ?"
            + " AND created_at >= now() - make_interval(secs => ?))",
        rs -> new long[] {rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2)},
        ws, ws, (double) REPLAY_WINDOW.toSeconds());
    long latest = row.get(0)[0];
    OptionalLong oldest = row.get(0)[1] < 0 ? OptionalLong.empty() : OptionalLong.of(row.get(0)[1]);
    return LiveEventRules.start(lastEventId, latest, oldest, REPLAY_WINDOW.toMinutes());
  }
}
