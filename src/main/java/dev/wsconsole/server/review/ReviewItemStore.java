package dev.wsconsole.server.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A workspace's review queue. Every step locks the item's row first, so of two reviewers claiming
 * the same item at once one wins and the other is refused; each step is audited in its transaction.
 */
public final class ReviewItemStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "id, workspace_id, item_type, status, entity_id, entity_type,"
      + " event_ids::text AS event_ids, call_id, session_id, priority, reason, judge_analysis::text AS judge,"
      + " proposed_data::text AS proposed, claimed_by, claimed_at, resolution::text AS resolution, completed_at,"
      + " completed_action, created_at";
  private final TenantTx tx;

  public ReviewItemStore(TenantTx tx) {
    this.tx = tx;
  }

  /** A step the rules refuse; its message is the 409's detail. */
  public static final class Conflict extends RuntimeException {
    public Conflict(String detail) {
      super(detail, null, false, false);
    }
  }

  /** The entity, event or call a draft names is not one of this workspace's. */
  public static final class UnknownReference extends RuntimeException {
    UnknownReference() {
      super("review item names an entity, event or call this workspace does not have", null, false, false);
    }
  }

  /** One page of items and the total matching. */
  public record Page(List<ReviewItem> items, long total) {}

  /** Queues a new item (pending); throws UnknownReference for another workspace's entity, event or call. */
  public ReviewItem create(UUID ws, ReviewItemDraft draft) {
    try {
      return tx.call(ws, h -> find(h, ws, insert(h, ws, draft), false).orElseThrow());
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException s && "23503".equals(s.getSQLState())) {
        throw new UnknownReference();
      }
      throw e;
    }
  }

  /** Inserts within the caller's tenant transaction and returns the new item's id. */
  public static UUID insert(Handle h, UUID ws, ReviewItemDraft d) {
    UUID id = UUID.randomUUID();
    h.createUpdate("INSERT INTO console.review_items (workspace_id, id, item_type, entity_id, entity_type, event_id,"
            + " event_ids, call_id, session_id, priority, reason, judge_analysis, proposed_data) VALUES (:ws, :id,"
            + " :type, :entity, :entityType, :event, CAST(:events AS jsonb), :call, :session, :priority, :reason,"
            + " CAST(:judge AS jsonb), CAST(:proposed AS jsonb))")
        .bind("ws", ws).bind("id", id).bind("type", d.eventIds().isEmpty() ? "call_review" : "event_review")
        .bind("entity", d.entityId()).bind("entityType", d.entityType())
        .bind("event", d.eventIds().isEmpty() ? null : d.eventIds().get(0))
        .bind("events", json(d.eventIds().stream().map(UUID::toString).toList())).bind("call", d.callId())
        .bind("session", d.sessionId()).bind("priority", d.priority()).bind("reason", d.reason())
        .bind("judge", d.judgeAnalysis() == null ? null : json(d.judgeAnalysis()))
        .bind("proposed", json(d.proposedData()))
        .execute();
    return id;
  }

  public Optional<ReviewItem> get(UUID ws, UUID id) {
    return tx.call(ws, h -> find(h, ws, id, false));
  }

  public Page list(UUID ws, ReviewFilter f, int limit, int offset) {
    return tx.call(ws, h -> {
      List<Object> params = new ArrayList<>();
      String where = where(ws, f, params);
      Query rows = h.createQuery("SELECT " + COLUMNS + " FROM console.review_items" + where + " ORDER BY "
          + f.sortColumn() + (f.descending() ? " DESC" : " ASC") + ", id LIMIT " + limit + " OFFSET " + offset);
      Query count = h.createQuery("SELECT count(*) FROM console.review_items" + where);
      for (int i = 0; i < params.size(); i++) {
        rows.bind(i, params.get(i));
        count.bind(i, params.get(i));
      }
      return new Page(rows.map(ReviewItemStore::map).list(), count.mapTo(Long.class).one());
    });
  }

  private static String where(UUID ws, ReviewFilter f, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE workspace_id = ?");
    params.add(ws);
    add(sql, params, " AND status = ?", f.status());
    add(sql, params, " AND entity_type = ?", f.entityType());
    add(sql, params, " AND priority = ?", f.priority());
    add(sql, params, " AND reason = ?", f.reason());
    add(sql, params, " AND claimed_by::text = ?", f.assignedTo());
    add(sql, params, " AND created_at > ?", f.createdAfter() == null ? null : utc(f.createdAfter()));
    add(sql, params, " AND created_at < ?", f.createdBefore() == null ? null : utc(f.createdBefore()));
    return sql.toString();
  }

  private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }

  /**
   * Takes {@code step} for {@code reviewer} on the locked item: empty when there is no such item,
   * Conflict when the rules refuse; {@code resolution} is kept for resolving steps.
   */
  public Optional<ReviewItem> step(UUID ws, UUID id, UUID reviewer, ReviewRules.Step step,
                                   Map<String, Object> resolution, AuditRecord audit) {
    return step(ws, id, reviewer, step, resolution, audit, (h, item) -> Map.of());
  }

  /**
   * The same, with {@code effect} run on the allowed step's transaction before the item is closed (a
   * correction's world event); what it returns is added to the resolution.
   */
  Optional<ReviewItem> step(UUID ws, UUID id, UUID reviewer, ReviewRules.Step step, Map<String, Object> resolution,
                            AuditRecord audit, BiFunction<Handle, ReviewItem, Map<String, Object>> effect) {
    return tx.call(ws, h -> {
      Optional<ReviewItem> current = find(h, ws, id, true);
      if (current.isEmpty()) {
        return Optional.<ReviewItem>empty();
      }
      ReviewRules.refusal(current.get(), step, reviewer).ifPresent(why -> {
        throw new Conflict(why);
      });
      Map<String, Object> outcome = new java.util.LinkedHashMap<>(resolution);
      outcome.putAll(effect.apply(h, current.get()));
      apply(h, ws, id, reviewer, step, outcome);
      AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "review_item:" + id, audit.result(),
          audit.reason(), audit.requestId()));
      return find(h, ws, id, false);
    });
  }

  private static void apply(Handle h, UUID ws, UUID id, UUID reviewer, ReviewRules.Step step,
                            Map<String, Object> resolution) {
    String set = switch (step) {
      case CLAIM -> "claimed_by = :reviewer, claimed_at = now()";
      case UNCLAIM -> "claimed_by = NULL, claimed_at = NULL";
      default -> "claimed_by = :reviewer, claimed_at = coalesce(claimed_at, now()), completed_at = now(),"
          + " completed_action = :action, resolution = CAST(:resolution AS jsonb)";
    };
    var update = h.createUpdate("UPDATE console.review_items SET status = :status, updated_at = now(), " + set
            + " WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", id).bind("status", ReviewRules.statusAfter(step));
    if (step != ReviewRules.Step.UNCLAIM) {
      update.bind("reviewer", reviewer);
    }
    if (ReviewRules.completedAction(step) != null) {
      update.bind("action", ReviewRules.completedAction(step)).bind("resolution", json(resolution));
    }
    update.execute();
  }

  static Optional<ReviewItem> find(Handle h, UUID ws, UUID id, boolean lock) {
    return h.createQuery("SELECT " + COLUMNS + " FROM console.review_items WHERE workspace_id = :ws AND id = :id"
            + (lock ? " FOR UPDATE" : ""))
        .bind("ws", ws).bind("id", id).map(ReviewItemStore::map).findOne();
  }

  private static ReviewItem map(ResultSet rs, StatementContext ctx) throws SQLException {
    List<String> events = read(rs.getString("event_ids"), new TypeReference<List<String>>() { });
    return new ReviewItem(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("item_type"), rs.getString("status"), rs.getObject("entity_id", UUID.class),
        rs.getString("entity_type"), events.stream().map(UUID::fromString).toList(),
        rs.getObject("call_id", UUID.class), rs.getString("session_id"), rs.getInt("priority"),
        rs.getString("reason"), read(rs.getString("judge"), new TypeReference<Map<String, Object>>() { }),
        read(rs.getString("proposed"), new TypeReference<Map<String, Object>>() { }),
        rs.getObject("claimed_by", UUID.class), instant(rs, "claimed_at"),
        read(rs.getString("resolution"), new TypeReference<Map<String, Object>>() { }), instant(rs, "completed_at"),
        rs.getString("completed_action"), instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(java.time.ZoneOffset.UTC);
  }

  private static String json(Object value) {
    try {
      return value == null ? null : JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable", e);
    }
  }

  private static <T> T read(String text, TypeReference<T> type) throws SQLException {
    try {
      return text == null ? null : JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new SQLException("stored JSON is unreadable", e);
    }
  }
}
