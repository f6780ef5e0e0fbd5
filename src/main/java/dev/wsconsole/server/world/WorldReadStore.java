package dev.wsconsole.server.world;

import dev.wsconsole.model.wire.WorldViews.Entity;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Read SQL of the world model: entity lists and search, one entity, timelines and relationships. */
public final class WorldReadStore {
  static final String ENTITY = "SELECT id, workspace_id, entity_type, display_name, state, confidence, event_count,"
      + " external_key, source, first_seen_at, last_event_at, created_at, updated_at FROM console.entities";
  private final TenantTx tx;

  public WorldReadStore(TenantTx tx) {
    this.tx = tx;
  }

  /** The filter of an entity list or search; null fields do not filter. */
  public record Filter(String entityType, String text, String source, Double confidenceMin, String order,
                       int limit, int offset) {}

  /** A page of entities and the total that match. */
  public record EntityPage(List<Entity> items, long total) {}

  public EntityPage entities(UUID ws, Filter f) {
    String where = " WHERE workspace_id = :ws" + (f.entityType() == null ? "" : " AND entity_type = :type")
        + (f.text() == null ? "" : " AND (lower(display_name) LIKE :text OR lower(CAST(state AS text)) LIKE :text)")
        + (f.source() == null ? "" : " AND source = :source")
        + (f.confidenceMin() == null ? "" : " AND confidence >= :cmin");
    return tx.call(ws, h -> new EntityPage(
        bind(h.createQuery(ENTITY + where + " ORDER BY " + order(f.order()) + " LIMIT :limit OFFSET :offset"), ws, f)
            .bind("limit", f.limit()).bind("offset", f.offset()).map(WorldReadStore::mapEntity).list(),
        bind(h.createQuery("SELECT count(*) FROM console.entities" + where), ws, f).mapTo(Long.class).one()));
  }

  public Optional<Entity> entity(UUID ws, UUID id) {
    return tx.call(ws, h -> entity(h, ws, id));
  }

  static Optional<Entity> entity(Handle h, UUID ws, UUID id) {
    return h.createQuery(ENTITY + " WHERE workspace_id = :ws AND id = :id").bind("ws", ws).bind("id", id)
        .map(WorldReadStore::mapEntity).findOne();
  }

  private static Query bind(Query q, UUID ws, Filter f) {
    q.bind("ws", ws);
    if (f.entityType() != null) {
      q.bind("type", f.entityType());
    }
    if (f.text() != null) {
      q.bind("text", "%" + f.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (f.source() != null) {
      q.bind("source", f.source());
    }
    if (f.confidenceMin() != null) {
      q.bind("cmin", f.confidenceMin().floatValue());
    }
    return q;
  }

  /** Allow-listed orders only: the value never reaches SQL as text. */
  private static String order(String order) {
    return switch (order == null ? "" : order) {
      case "display_name" -> "lower(display_name), id";
      case "-display_name" -> "lower(display_name) DESC, id";
      case "created_at" -> "created_at, id";
      case "-created_at" -> "created_at DESC, id";
      case "-confidence" -> "confidence DESC, id";
      default -> "updated_at DESC, id";
    };
  }

  static Entity mapEntity(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
    String key = rs.getString("external_key");
    long events = rs.getLong("event_count");
    return new Entity(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("entity_type"), rs.getString("display_name"), ProjectionCodec.parse(rs.getString("state")),
        rs.getFloat("confidence"), events, events > 0, key == null ? Map.of() : Map.of("external_key", key),
        blank(rs.getString("source")), ts(rs, "first_seen_at"), ts(rs, "last_event_at"), ts(rs, "created_at"),
        ts(rs, "updated_at"));
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  static Instant ts(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
