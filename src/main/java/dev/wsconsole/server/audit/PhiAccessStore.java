package dev.wsconsole.server.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.db.TenantTx;
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
 * The PHI access log: appends one row per reading request (its record ids in one array) in one statement that has
 * committed when this returns (decision 0035), and reads pages, counts and exports back, always within one workspace.
 */
public final class PhiAccessStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "id, workspace_id, actor::text AS actor, action, resource_type,"
      + " resource_ids, request_id, created_at";
  private final TenantTx tx;

  public PhiAccessStore(TenantTx tx) {
    this.tx = tx;
  }

  /** Who read, what, and under which request: the part of an entry the caller knows. */
  public record Read(UUID workspaceId, Map<String, Object> actor, String action, String requestId) {}

  /** Records that {@code read} touched these records (nothing when there are none); committed on return. */
  public void record(Read read, String resourceType, Collection<UUID> ids) {
    write(read, resourceType, ids, null);
  }

  /**
   * Records the PHI entities among {@code entityIds}: the statement keeps those whose type holds PHI
   * ({@link PhiAccess#PHI_ENTITY_TYPES}) and writes nothing when none does. For reads that return no type.
   */
  public void recordEntities(Read read, Collection<UUID> entityIds) {
    write(read, PhiAccess.ENTITY, entityIds, PhiAccess.PHI_ENTITY_TYPES.toArray(String[]::new));
  }

  /** One statement, one round trip: {@code app.record_phi_access} (V29) scopes, filters and inserts. */
  private void write(Read read, String resourceType, Collection<UUID> ids, String[] phiTypes) {
    if (ids.isEmpty()) {
      return;
    }
    tx.writeThrough(read.workspaceId(), "app.record_phi_access", rs -> rs.getInt(1), UUID.randomUUID(),
        AuditStore.canonicalActor(read.actor()), read.action(), resourceType,
        ids.stream().distinct().map(UUID::toString).toArray(String[]::new), read.requestId(), phiTypes);
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
