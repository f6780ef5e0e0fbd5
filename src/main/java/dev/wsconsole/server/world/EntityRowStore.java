package dev.wsconsole.server.world;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL of the entity projection rows (console.entities): ensure, lock and read, write a projection. */
final class EntityRowStore {
  private EntityRowStore() {}

  static UUID ensure(Handle h, UUID ws, String type, String externalKey, String displayName) {
    Optional<UUID> made = h.createQuery("INSERT INTO console.entities (workspace_id, id, entity_type, external_key,"
            + " display_name) VALUES (:ws, :id, :type, :key, :name)"
            + " ON CONFLICT (workspace_id, entity_type, external_key) DO NOTHING RETURNING id")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("type", type).bind("key", externalKey)
        .bind("name", displayName == null ? "" : displayName).mapTo(UUID.class).findOne();
    return made.orElseGet(() -> h.createQuery("SELECT id FROM console.entities WHERE workspace_id = :ws"
            + " AND entity_type = :type AND external_key = :key")
        .bind("ws", ws).bind("type", type).bind("key", externalKey).mapTo(UUID.class).one());
  }

  /**
   * Locks the named entities in id order (so concurrent writers never deadlock) and returns those that exist.
   * NO KEY UPDATE does not conflict with the key-share locks the events' foreign key takes.
   */
  static java.util.Set<UUID> lockAll(Handle h, UUID ws, java.util.Collection<UUID> ids) {
    return new java.util.HashSet<>(h.createQuery("SELECT id FROM console.entities WHERE workspace_id = :ws"
            + " AND id = ANY(:ids) ORDER BY id FOR NO KEY UPDATE")
        .bind("ws", ws).bind("ids", ids.toArray(new UUID[0])).mapTo(UUID.class).list());
  }

  /** The entity's stored projection (lock it first when about to change it). */
  static Optional<Projection> read(Handle h, UUID ws, UUID id) {
    return h.createQuery("SELECT state, provenance, event_count, first_seen_at, last_event_at, source"
            + " FROM console.entities WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", id)
        .map((rs, ctx) -> new Projection(ProjectionCodec.facts(ProjectionCodec.parse(rs.getString("state")),
            ProjectionCodec.parse(rs.getString("provenance"))), rs.getLong("event_count"),
            instant(rs.getTimestamp("first_seen_at")), instant(rs.getTimestamp("last_event_at")),
            rs.getString("source")))
        .findOne();
  }

  static void save(Handle h, UUID ws, UUID id, Projection p) {
    h.createUpdate("UPDATE console.entities SET state = CAST(:state AS jsonb), provenance = CAST(:prov AS jsonb),"
            + " event_count = :count, confidence = :confidence, source = :source, first_seen_at = :first,"
            + " last_event_at = :last, display_name = coalesce(:name, display_name), updated_at = now()"
            + " WHERE workspace_id = :ws AND id = :id")
        .bind("state", ProjectionCodec.text(ProjectionCodec.state(p)))
        .bind("prov", ProjectionCodec.text(ProjectionCodec.provenance(p))).bind("count", p.eventCount())
        .bind("confidence", p.confidence()).bind("source", p.source() == null ? "" : p.source())
        .bind("first", ts(p.firstSeenAt())).bind("last", ts(p.lastEventAt())).bind("name", name(p))
        .bind("ws", ws).bind("id", id).execute();
  }

  /** A projected display_name (or name) field names the entity; otherwise the name it was made with stays. */
  private static String name(Projection p) {
    for (String field : new String[] {"display_name", "name"}) {
      var fact = p.fields().get(field);
      if (fact != null && fact.value().isTextual() && !fact.value().asText().isBlank()) {
        return fact.value().asText();
      }
    }
    return null;
  }

  private static java.sql.Timestamp ts(java.time.Instant i) {
    return i == null ? null : java.sql.Timestamp.from(i);
  }

  private static java.time.Instant instant(java.sql.Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
