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
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL of the append-only event log (console.events): insert, and read back by entity, key or id. */
final class EventLogStore {
  static final String COLUMNS = "id, entity_id, event_type, domain, source, confidence, data, supersedes,"
      + " idempotency_key, occurred_at, ingested_at";

  private EventLogStore() {}

  /** Inserts the events (ids chosen by the caller) in one batch; the database stamps ingestion times. */
  static List<StoredEvent> insert(Handle h, UUID ws, List<UUID> ids, List<NewEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    PreparedBatch batch = h.prepareBatch("INSERT INTO console.events (workspace_id, id, entity_id, event_type, domain,"
        + " source, confidence, data, supersedes, idempotency_key, occurred_at, ingested_at) VALUES (:ws, :id, :entity,"
        + " :type, :domain, :source, :confidence, CAST(:data AS jsonb), CAST(:supersedes AS uuid), CAST(:key AS text),"
        + " coalesce(CAST(:occurred AS timestamptz), clock_timestamp()), clock_timestamp())");
    for (int i = 0; i < events.size(); i++) {
      NewEvent e = events.get(i);
      batch.bind("ws", ws).bind("id", ids.get(i)).bind("entity", e.entityId()).bind("type", e.eventType())
          .bind("domain", e.domain()).bind("source", e.source()).bind("confidence", (float) e.confidence())
          .bind("data", ProjectionCodec.text(e.data())).bind("supersedes", e.supersedes())
          .bind("key", e.idempotencyKey())
          .bind("occurred", e.occurredAt() == null ? null : java.sql.Timestamp.from(e.occurredAt())).add();
    }
    batch.execute();
    Map<UUID, StoredEvent> byId = byIds(h, ws, ids);
    List<StoredEvent> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(byId.get(id)));
    return out;
  }

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
