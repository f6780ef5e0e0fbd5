package dev.wsconsole.server.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL reads of the append-only event log (console.events) by entity, key or id (EventAppendStore writes it). */
final class EventLogStore {
  static final String COLUMNS = "id, entity_id, event_type, domain, source, confidence, data, supersedes,"
      + " idempotency_key, occurred_at, ingested_at";

  private EventLogStore() {}

  static Map<UUID, StoredEvent> byIds(Handle h, UUID ws, Collection<UUID> ids) {
    Map<UUID, StoredEvent> out = new HashMap<>();
    h.createQuery("SELECT " + COLUMNS + " FROM console.events WHERE workspace_id = :ws AND id = ANY(:ids)")
        .bind("ws", ws).bind("ids", ids.toArray(new UUID[0])).map(EventLogStore::map)
        .forEach(e -> out.put(e.id(), e));
    return out;
  }

  static Map<String, StoredEvent> byKeys(Handle h, UUID ws, Collection<String> keys) {
    Map<String, StoredEvent> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    h.createQuery("SELECT " + COLUMNS + " FROM console.events WHERE workspace_id = :ws"
            + " AND idempotency_key = ANY(:keys)")
        .bind("ws", ws).bind("keys", keys.toArray(new String[0])).map(EventLogStore::map)
        .forEach(e -> out.put(e.idempotencyKey(), e));
    return out;
  }

  /** The entity's log in ingestion order, up to {@code asOf} when given. */
  static List<StoredEvent> ofEntity(Handle h, UUID ws, UUID entityId, Instant asOf) {
    var q = h.createQuery("SELECT " + COLUMNS + " FROM console.events WHERE workspace_id = :ws AND entity_id = :entity"
            + (asOf == null ? "" : " AND ingested_at <= :asOf") + " ORDER BY ingested_at, id")
        .bind("ws", ws).bind("entity", entityId);
    if (asOf != null) {
      q.bind("asOf", java.sql.Timestamp.from(asOf));
    }
    return q.map(EventLogStore::map).list();
  }

  static StoredEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StoredEvent(rs.getObject("id", UUID.class), rs.getObject("entity_id", UUID.class),
        rs.getString("event_type"), rs.getString("domain"), rs.getString("source"), rs.getFloat("confidence"),
        (ObjectNode) ProjectionCodec.parse(rs.getString("data")), rs.getObject("supersedes", UUID.class),
        rs.getString("idempotency_key"), rs.getTimestamp("occurred_at").toInstant(),
        rs.getTimestamp("ingested_at").toInstant());
  }
}
