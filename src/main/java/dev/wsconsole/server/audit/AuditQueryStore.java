package dev.wsconsole.server.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit log's read side: filtered pages, counts, and the whole chain in order for verification. */
public final class AuditQueryStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "id, workspace_id, seq, actor::text AS actor, action, target, result, reason,"
      + " request_id, created_at, prev_hash, hash";
  private final TenantTx tx;

  public AuditQueryStore(TenantTx tx) {
    this.tx = tx;
  }

  /** One page of entries, newest first, and the total matching. */
  public record Page(List<AuditEntry> entries, long total) {}

  /** Totals for the summary. */
  public record Summary(long total, long uniqueActors) {}

  public Page page(UUID ws, AuditFilter f, int limit, long offset) {
    if (f.matchesNothing()) {
      return new Page(List.of(), 0);
    }
    Where w = where(ws, f);
    long[] total = {0};
    // The total as an uncorrelated subquery (counted once, from the (workspace_id, seq) index) rather than
    // count(*) OVER (), which made every page read, sort and window the whole log before its LIMIT.
    List<Object> params = new ArrayList<>(w.params);
    params.addAll(w.params);
    params.add(limit);
    params.add(offset);
    List<AuditEntry> rows = tx.query(ws, "SELECT " + COLUMNS + ", (SELECT count(*) FROM console.audit_events"
        + w.sql + ") AS total FROM console.audit_events" + w.sql + " ORDER BY seq DESC LIMIT ? OFFSET ?", rs -> {
          total[0] = rs.getLong("total");
          return map(rs);
        }, params.toArray());
    if (rows.isEmpty() && offset > 0) {
      total[0] = tx.query(ws, "SELECT count(*) FROM console.audit_events" + w.sql, rs -> rs.getLong(1),
          w.params.toArray()).get(0);
    }
    return new Page(rows, total[0]);
  }

  public Summary summary(UUID ws, AuditFilter f) {
    if (f.matchesNothing()) {
      return new Summary(0, 0);
    }
    Where w = where(ws, f);
    return tx.query(ws, "SELECT count(*), count(DISTINCT actor->>'user_id') FROM console.audit_events" + w.sql,
        rs -> new Summary(rs.getLong(1), rs.getLong(2)), w.params.toArray()).get(0);
  }

  /** Every matching entry, oldest first (exports and verification; audit logs per workspace stay modest). */
  public List<AuditEntry> all(UUID ws, AuditFilter f) {
    if (f.matchesNothing()) {
      return List.of();
    }
    Where w = where(ws, f);
    return tx.query(ws, "SELECT " + COLUMNS + " FROM console.audit_events" + w.sql + " ORDER BY seq",
        AuditQueryStore::map, w.params.toArray());
  }

  private record Where(String sql, List<Object> params) {}

  private static Where where(UUID ws, AuditFilter f) {
    StringBuilder sql = new StringBuilder(" WHERE workspace_id = ?");
    List<Object> params = new ArrayList<>(List.of(ws));
    add(sql, params, " AND action = ?", f.action());
    add(sql, params, " AND actor->>'user_id' = ?", f.actorEntityId());
    add(sql, params, " AND split_part(target, ':', 1) = ?", f.resourceType());
    add(sql, params, " AND split_part(target, ':', 2) = ?", f.resourceId());
    add(sql, params, " AND created_at >= ?", f.from() == null ? null : f.from().atOffset(ZoneOffset.UTC));
    add(sql, params, " AND created_at < ?", f.to() == null ? null : f.to().atOffset(ZoneOffset.UTC));
    return new Where(sql.toString(), params);
  }

  private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    String actorJson = rs.getString("actor");
    Map<String, Object> actor;
    try {
      actor = JSON.readValue(actorJson, new TypeReference<Map<String, Object>>() {});
    } catch (java.io.IOException e) {
      throw new SQLException("unreadable audit actor", e);
    }
    return new AuditEntry(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class), rs.getLong("seq"),
        actor, actorJson, rs.getString("action"), rs.getString("target"), rs.getString("result"),
        rs.getString("reason"), rs.getString("request_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getBytes("prev_hash"), rs.getBytes("hash"));
  }
}
