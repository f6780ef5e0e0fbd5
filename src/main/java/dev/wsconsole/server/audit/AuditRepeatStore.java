package dev.wsconsole.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.core.Secrets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Repeated refusals, counted instead of written one row each (decision 0031). The first refusal of a kind
 * (same actor, action, target, result and reason) in a clock minute is an ordinary chained entry; the
 * repeats in that minute only raise a counter in {@code console.audit_repeats}; the first audit write in the
 * workspace after the minute has passed chains one summary entry with the count and deletes the counter.
 * So the chain covers every count once its window has closed; an open window's count is not yet covered.
 */
final class AuditRepeatStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditRepeatStore() {}

  /** Records {@code r} as a first entry or a counted repeat, in the caller's tenant transaction. */
  static void record(Handle h, UUID workspaceId, AuditRecord r) {
    AuditStore.lockWriters(h, workspaceId);
    sealClosedWindows(h, workspaceId);
    Instant now = Instant.now();
    var window = now.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
    String key = repeatKey(r);
    int counted = h.createUpdate("UPDATE console.audit_repeats SET repeats = repeats + 1, last_at = :now,"
            + " last_request_id = :rid WHERE workspace_id = :ws AND repeat_key = :key AND window_start = :window")
        .bind("now", now.atOffset(ZoneOffset.UTC)).bind("rid", r.requestId()).bind("ws", workspaceId)
        .bind("key", key).bind("window", window)
        .execute();
    if (counted == 0) {
      long seq = AuditStore.chain(h, workspaceId, r);
      h.createUpdate("INSERT INTO console.audit_repeats (workspace_id, repeat_key, window_start, first_seq, last_at,"
              + " last_request_id) VALUES (:ws, :key, :window, :seq, :now, :rid)")
          .bind("ws", workspaceId).bind("key", key).bind("window", window).bind("seq", seq)
          .bind("now", now.atOffset(ZoneOffset.UTC)).bind("rid", r.requestId())
          .execute();
    }
  }

  /** Chains a summary for every counter whose minute has passed; the caller holds the writer lock. */
  static void sealClosedWindows(Handle h, UUID workspaceId) {
    var current = Instant.now().truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
    List<Closed> closed = h.createQuery("DELETE FROM console.audit_repeats WHERE workspace_id = :ws"
            + " AND window_start < :current RETURNING first_seq, repeats, last_at, last_request_id")
        .bind("ws", workspaceId).bind("current", current)
        .map((rs, ctx) -> new Closed(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
        .list();
    closed.stream().filter(c -> c.repeats() > 0).sorted(java.util.Comparator.comparingLong(Closed::firstSeq))
        .forEach(c -> AuditStore.chain(h, workspaceId, summary(h, workspaceId, c)));
  }

  private record Closed(long firstSeq, int repeats, Instant lastAt, String lastRequestId) {}

  /** The summary entry: the first entry's actor, action, target and result, with the count as its reason. */
  private static AuditRecord summary(Handle h, UUID workspaceId, Closed c) {
    return h.createQuery("SELECT actor::text, action, target, result, reason FROM console.audit_events"
            + " WHERE workspace_id = :ws AND seq = :seq")
        .bind("ws", workspaceId).bind("seq", c.firstSeq())
        .map((rs, ctx) -> new AuditRecord(actor(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
            "repeated " + c.repeats() + " more time" + (c.repeats() == 1 ? "" : "s") + " after entry " + c.firstSeq()
                + ", the last at " + c.lastAt() + " (" + rs.getString(5) + ")",
            c.lastRequestId()))
        .one();
  }

  private static Map<String, Object> actor(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable audit actor", e);
    }
  }

  /** What makes two refusals "the same": actor, action, target, result and reason. */
  static String repeatKey(AuditRecord r) {
    String text = String.join("\u0000", AuditStore.canonicalActor(r.actor()), r.action(), r.target(), r.result(),
        r.reason());
    return HexFormat.of().formatHex(Secrets.sha256(text));
  }
}
