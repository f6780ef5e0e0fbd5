package dev.wsconsole.server.world;

import dev.wsconsole.model.wire.WorldViews.Event;
import dev.wsconsole.model.wire.WorldViews.Relationship;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read SQL of one entity's surroundings: its timeline (superseded events marked) and its relationships. */
public final class WorldDetailStore {
  private final TenantTx tx;

  public WorldDetailStore(TenantTx tx) {
    this.tx = tx;
  }

  /** A page of events and how many match. */
  public record EventPage(List<Event> items, long total) {}

  /** Empty when the entity does not exist in the workspace. */
  public Optional<EventPage> timeline(UUID ws, UUID entity, String domain, int limit, int offset) {
    String where = " WHERE e.workspace_id = :ws AND e.entity_id = :entity" + (domain == null ? "" : " AND e.domain = :domain");
    return tx.call(ws, h -> {
      if (WorldReadStore.entity(h, ws, entity).isEmpty()) {
        return Optional.<EventPage>empty();
      }
      var page = h.createQuery("SELECT e.*, (SELECT s.id FROM console.events s WHERE s.workspace_id = e.workspace_id"
              + " AND s.supersedes = e.id ORDER BY s.ingested_at LIMIT 1) AS superseded_by FROM console.events e"
              + where + " ORDER BY e.ingested_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("entity", entity).bind("limit", limit).bind("offset", offset);
      var count = h.createQuery("SELECT count(*) FROM console.events e" + where).bind("ws", ws).bind("entity", entity);
      if (domain != null) {
        page.bind("domain", domain);
        count.bind("domain", domain);
      }
      return Optional.of(new EventPage(page.map((rs, ctx) -> event(rs)).list(), count.mapTo(Long.class).one()));
    });
  }

  /** Empty when the entity does not exist; both directions, optionally one relationship type. */
  public Optional<List<Relationship>> relationships(UUID ws, UUID entity, String type) {
    return tx.call(ws, h -> {
      if (WorldReadStore.entity(h, ws, entity).isEmpty()) {
        return Optional.<List<Relationship>>empty();
      }
      var q = h.createQuery("SELECT r.*, f.entity_type AS from_type, t.entity_type AS to_type"
              + " FROM console.entity_relationships r"
              + " JOIN console.entities f ON f.workspace_id = r.workspace_id AND f.id = r.from_entity_id"
              + " JOIN console.entities t ON t.workspace_id = r.workspace_id AND t.id = r.to_entity_id"
              + " WHERE r.workspace_id = :ws AND (r.from_entity_id = :entity OR r.to_entity_id = :entity)"
              + (type == null ? "" : " AND r.relationship_type = :type") + " ORDER BY r.created_at, r.id LIMIT 1000")
          .bind("ws", ws).bind("entity", entity);
      if (type != null) {
        q.bind("type", type);
      }
      return Optional.of(q.map((rs, ctx) -> relationship(rs)).list());
    });
  }

  static Event event(ResultSet rs) throws SQLException {
    UUID supersededBy = rs.getObject("superseded_by", UUID.class);
    return new Event(rs.getObject("id", UUID.class), rs.getObject("entity_id", UUID.class),
        rs.getString("event_type"), rs.getString("domain"), rs.getString("source"), rs.getFloat("confidence"),
        ProjectionCodec.parse(rs.getString("data")), rs.getObject("supersedes", UUID.class), supersededBy,
        supersededBy == null, rs.getString("idempotency_key"), WorldReadStore.ts(rs, "occurred_at"),
        WorldReadStore.ts(rs, "ingested_at"), WorldReadStore.ts(rs, "ingested_at"));
  }

  private static Relationship relationship(ResultSet rs) throws SQLException {
    String by = rs.getString("discovered_by");
    return new Relationship(rs.getObject("id", UUID.class), rs.getObject("from_entity_id", UUID.class),
        rs.getString("from_type"), rs.getObject("to_entity_id", UUID.class), rs.getString("to_type"),
        rs.getString("relationship_type"), rs.getFloat("confidence"), ProjectionCodec.parse(rs.getString("data")),
        true, by == null || by.isEmpty() ? null : by, WorldReadStore.ts(rs, "created_at"));
  }
}
