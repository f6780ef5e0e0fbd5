package dev.wsconsole.server.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.db.TenantTx;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The PHI access log: appends one row per reading request (its record ids in one array) in the request's
 * own committed transaction, and reads pages, counts and exports back, always within one workspace.
 */
public final class PhiAccessStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "id, workspace_id, actor::text AS actor, action, resource_type,"
      + " resource_ids, request_id, created_at";
  private static final String INSERT = "INSERT INTO console.phi_access_events (workspace_id, id, actor, action,"
      + " resource_type, resource_ids, request_id) ";
  private final TenantTx tx;

  public PhiAccessStore(TenantTx tx) {
    this.tx = tx;
  }

  /** Who read, what, and under which request: the part of an entry the caller knows. */
  public record Read(UUID workspaceId, Map<String, Object> actor, String action, String requestId) {}

  /** Records that {@code read} touched these records (nothing when there are none); committed on return. */
  public void record(Read read, String resourceType, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    write(read, INSERT + "VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, ?)", resourceType, ids);
  }

  /**
   * Records the PHI entities among {@code entityIds}: the statement keeps those whose type holds PHI
   * ({@link PhiAccess#PHI_ENTITY_TYPES}) and writes nothing when none does. For reads that return no type.
   */
  public void recordEntities(Read read, Collection<UUID> entityIds) {
    if (entityIds.isEmpty()) {
      return;
    }
    write(read, INSERT + "SELECT ?, ?, CAST(? AS jsonb), ?, ?, ids, ? FROM (SELECT array_agg(e.id ORDER BY e.id)"
        + " AS ids FROM console.entities e WHERE e.workspace_id = app.current_workspace() AND e.id = ANY(?)"
        + " AND lower(e.entity_type) IN ('" + String.join("', '", PhiAccess.PHI_ENTITY_TYPES) + "')) phi"
        + " WHERE ids IS NOT NULL", PhiAccess.ENTITY, entityIds);
  }

  private void write(Read read, String sql, String resourceType, Collection<UUID> ids) {
    boolean filtered = sql.contains("FROM (SELECT");
    tx.run(read.workspaceId(), h -> {
      try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
        Array array = h.getConnection().createArrayOf("uuid", ids.stream().distinct().toArray());
        ps.setObject(1, read.workspaceId());
        ps.setObject(2, UUID.randomUUID());
        ps.setString(3, AuditStore.canonicalActor(read.actor()));
        ps.setString(4, read.action());
        ps.setString(5, resourceType);
        if (filtered) {
          ps.setString(6, read.requestId());
          ps.setArray(7, array);
        } else {
          ps.setArray(6, array);
          ps.setString(7, read.requestId());
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
      }
    });
  }

  /** A page of entries, newest first, and how many match. */
  public record Page(List<PhiAccess> entries, long total) {}

  /** Which entries: those reading one record, of one action, by one account, of one kind (null: any), in a time range. */
  public record Filter(UUID recordId, String action, String actorUserId, String resourceType, Instant from,
                       Instant to) {
    public static final Filter ALL = period(null, null);

    public static Filter period(Instant from, Instant to) {
      return new Filter(null, null, null, null, from, to);
    }

    public static Filter record(UUID recordId, Instant from, Instant to) {
      return new Filter(recordId, null, null, null, from, to);
    }
  }

  public Page page(UUID ws, Filter f, int limit, long offset) {
    Where w = where(ws, f);
    long total = tx.query(ws, "SELECT count(*) FROM console.phi_access_events" + w.sql, rs -> rs.getLong(1),
        w.params.toArray()).get(0);
    List<Object> params = new ArrayList<>(w.params);
    params.add(limit);
    params.add(offset);
    List<PhiAccess> rows = total == 0 ? List.of() : tx.query(ws, "SELECT " + COLUMNS
        + " FROM console.phi_access_events" + w.sql + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
        PhiAccessStore::map, params.toArray());
    return new Page(rows, total);
  }

  /** Every matching entry, oldest first (exports). */
  public List<PhiAccess> all(UUID ws, Filter f) {
    Where w = where(ws, f);
    return tx.query(ws, "SELECT " + COLUMNS + " FROM console.phi_access_events" + w.sql + " ORDER BY created_at, id",
        PhiAccessStore::map, w.params.toArray());
  }

  /** Totals over a period: entries, distinct actors (accounts), distinct records read. */
  public record Totals(long accesses, long actors, long records) {}

  public Totals totals(UUID ws, Filter f) {
    Where w = where(ws, f, "");
    Where p = where(ws, f, "p.");
    return tx.query(ws, "SELECT count(*), count(DISTINCT actor->>'user_id'), (SELECT count(DISTINCT r)"
        + " FROM console.phi_access_events p, unnest(p.resource_ids) r" + p.sql + ") FROM console.phi_access_events"
        + w.sql, rs -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3)), concat(p.params, w.params)).get(0);
  }

  private static Object[] concat(List<Object> a, List<Object> b) {
    List<Object> all = new ArrayList<>(a);
    all.addAll(b);
    return all.toArray();
  }

  private record Where(String sql, List<Object> params) {}

  private static Where where(UUID ws, Filter f) {
    return where(ws, f, "");
  }

  /** The filter's conditions on columns prefixed with {@code alias} ("" or "p."). */
  private static Where where(UUID ws, Filter f, String alias) {
    StringBuilder sql = new StringBuilder(" WHERE " + alias + "workspace_id = ?");
    List<Object> params = new ArrayList<>(List.of(ws));
    if (f.recordId() != null) {
      sql.append(" AND ?::uuid = ANY(" + alias + "resource_ids)");
      params.add(f.recordId());
    }
    for (String[] clause : new String[][] {{"action = ?", f.action()}, {"actor->>'user_id' = ?", f.actorUserId()},
        {"resource_type = ?", f.resourceType()}}) {
      if (clause[1] != null) {
        sql.append(" AND ").append(alias).append(clause[0]);
        params.add(clause[1]);
      }
    }
    if (f.from() != null) {
      sql.append(" AND " + alias + "created_at >= ?");
      params.add(f.from().atOffset(ZoneOffset.UTC));
    }
    if (f.to() != null) {
      sql.append(" AND " + alias + "created_at < ?");
      params.add(f.to().atOffset(ZoneOffset.UTC));
    }
    return new Where(sql.toString(), params);
  }

  static PhiAccess map(ResultSet rs) throws SQLException {
    Map<String, Object> actor;
    try {
      actor = JSON.readValue(rs.getString("actor"), new TypeReference<Map<String, Object>>() {});
    } catch (java.io.IOException e) {
      throw new SQLException("unreadable PHI access actor", e);
    }
    UUID[] ids = (UUID[]) rs.getArray("resource_ids").getArray();
    return new PhiAccess(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class), actor,
        rs.getString("action"), rs.getString("resource_type"), List.of(ids), rs.getString("request_id"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
