package dev.wsconsole.server.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.wire.ReviewViews;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads what a review item is about (its entity and events) from the world model, for the item's detail. */
public final class ReviewSubjectStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TenantTx tx;

  public ReviewSubjectStore(TenantTx tx) {
    this.tx = tx;
  }

  /** The entity and events of {@code item}, as stored now (superseded events say so). */
  public ReviewViews.Subject of(UUID ws, ReviewItem item) {
    return tx.call(ws, h -> {
      Optional<ReviewViews.EntitySummary> entity = item.entityId() == null ? Optional.empty()
          : h.createQuery("SELECT id, entity_type, display_name, state::text AS state FROM console.entities"
                  + " WHERE workspace_id = :ws AND id = :id")
              .bind("ws", ws).bind("id", item.entityId())
              .map((rs, ctx) -> new ReviewViews.EntitySummary(rs.getObject("id", UUID.class),
                  rs.getString("entity_type"), rs.getString("display_name"), map(rs.getString("state"))))
              .findOne();
      List<ReviewViews.EventSummary> events = item.eventIds().isEmpty() ? List.of()
          : h.createQuery("SELECT e.id, e.event_type, e.data::text AS data, e.confidence, e.ingested_at,"
                  + " EXISTS (SELECT 1 FROM console.events s WHERE s.workspace_id = e.workspace_id"
                  + " AND s.supersedes = e.id) AS superseded FROM console.events e"
                  + " WHERE e.workspace_id = :ws AND e.id = ANY(:ids) ORDER BY e.ingested_at, e.id")
              .bind("ws", ws).bind("ids", item.eventIds().toArray(new UUID[0]))
              .map((rs, ctx) -> event(rs, item))
              .list();
      return new ReviewViews.Subject(entity.orElse(null), events);
    });
  }

  private static ReviewViews.EventSummary event(ResultSet rs, ReviewItem item) throws SQLException {
    Map<String, Object> data = map(rs.getString("data"));
    Object type = data.get("resourceType");
    Object id = data.get("id");
    return new ReviewViews.EventSummary(rs.getObject("id", UUID.class), rs.getString("event_type"),
        type == null ? null : type.toString(), id == null ? null : id.toString(), data, rs.getFloat("confidence"),
        ReviewRules.eventStatus(item, rs.getBoolean("superseded")),
        rs.getObject("ingested_at", OffsetDateTime.class).toInstant());
  }

  private static Map<String, Object> map(String text) throws SQLException {
    try {
      return text == null ? Map.of() : JSON.readValue(text, new TypeReference<Map<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new SQLException("stored JSON is unreadable", e);
    }
  }
}
