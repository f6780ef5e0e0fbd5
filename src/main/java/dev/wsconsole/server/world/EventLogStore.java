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

/** SQL of the append-only event log (console.events): insert, and read back by entity, key or id. */
final class EventLogStore {
  static final String COLUMNS = "id, entity_id, event_type, domain, source, confidence, data, supersedes,"
      + " idempotency_key, occurred_at, ingested_at";

  private EventLogStore() {}

  /** Inserts the events (ids chosen by the caller) in one statement; the database stamps ingestion times. */
  static List<StoredEvent> insert(Handle h, UUID ws, List<UUID> ids, List<NewEvent> events) {
    int n = events.size();
    if (n == 0) {
      return List.of();
    }
    UUID[] entities = new UUID[n];
    String[] types = new String[n];
    String[] domains = new String[n];
    String[] sources = new String[n];
    Float[] confidences = new Float[n];
    String[] data = new String[n];
    UUID[] supersedes = new UUID[n];
    String[] keys = new String[n];
    String[] occurred = new String[n];
    for (int i = 0; i < n; i++) {
      NewEvent e = events.get(i);
      entities[i] = e.entityId();
      types[i] = e.eventType();
      domains[i] = e.domain();
      sources[i] = e.source();
      confidences[i] = (float) e.confidence();
      data[i] = ProjectionCodec.text(e.data());
      supersedes[i] = e.supersedes();
      keys[i] = e.idempotencyKey();
      occurred[i] = e.occurredAt() == null ? null : e.occurredAt().toString();
    }
    Map<UUID, Instant[]> stamps = new HashMap<>();
    h.createQuery("INSERT INTO console.events (workspace_id, id, entity_id, event_type, domain, source, confidence,"
            + " data, supersedes, idempotency_key, occurred_at, ingested_at)"
            + " SELECT :ws, u.id, u.entity, u.type, u.domain, u.source, u.conf, CAST(u.data AS jsonb), u.sup, u.key,"
            + " coalesce(CAST(u.occ AS timestamptz), clock_timestamp()), clock_timestamp()"
            + " FROM unnest(CAST(:ids AS uuid[]), CAST(:entities AS uuid[]), CAST(:types AS text[]),"
            + " CAST(:domains AS text[]), CAST(:sources AS text[]), CAST(:confs AS real[]), CAST(:data AS text[]),"
            + " CAST(:sups AS uuid[]), CAST(:keys AS text[]), CAST(:occ AS text[])) WITH ORDINALITY"
            + " AS u(id, entity, type, domain, source, conf, data, sup, key, occ, n) ORDER BY u.n"
            + " RETURNING id, ingested_at, occurred_at")
        .bind("ws", ws).bind("ids", ids.toArray(new UUID[0])).bind("entities", entities).bind("types", types)
        .bind("domains", domains).bind("sources", sources).bind("confs", confidences).bind("data", data)
        .bind("sups", supersedes).bind("keys", keys).bind("occ", occurred)
        .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), new Instant[] {
            rs.getTimestamp("ingested_at").toInstant(), rs.getTimestamp("occurred_at").toInstant()}))
        .forEach(e -> stamps.put(e.getKey(), e.getValue()));
    List<StoredEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      NewEvent e = events.get(i);
      Instant[] at = stamps.get(ids.get(i));
      out.add(new StoredEvent(ids.get(i), e.entityId(), e.eventType(), e.domain(), e.source(), (float) e.confidence(),
          e.data(), e.supersedes(), e.idempotencyKey(), at[1], at[0]));
    }
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
