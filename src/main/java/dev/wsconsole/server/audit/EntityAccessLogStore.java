package dev.wsconsole.server.audit;

import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One entity's access history: the PHI access entries that read it and the audit log's entries whose target is
 * it, merged newest first in one statement, within one workspace.
 */
public final class EntityAccessLogStore {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private final TenantTx tx;

  public EntityAccessLogStore(TenantTx tx) {
    this.tx = tx;
  }

  /** A page of events and how many match. */
  public record Page(List<AuditResponses.Event> events, long total) {}

  /** Empty when the workspace has no such entity. */
  public Optional<Page> page(UUID ws, UUID entity, Instant from, Instant to, int limit, long offset) {
    String time = (from == null ? "" : " AND created_at >= :from") + (to == null ? "" : " AND created_at < :to");
    String sql = "SELECT *, count(*) OVER () AS total FROM ("
        + "SELECT true AS phi, id, created_at, actor::text AS actor, action, resource_type, request_id, resource_ids,"
        + " NULL::text AS result, NULL::text AS reason, NULL::bigint AS seq FROM console.phi_access_events"
        + " WHERE workspace_id = :ws AND :entity = ANY(resource_ids)" + time
        + " UNION ALL SELECT false, id, created_at, actor::text, action, split_part(target, ':', 1), request_id,"
        + " NULL::uuid[], result, reason, seq FROM console.audit_events"
        + " WHERE workspace_id = :ws AND split_part(target, ':', 2) = :entityText" + time
        + ") events ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset";
    return tx.call(ws, h -> {
      boolean exists = h.createQuery("SELECT EXISTS (SELECT 1 FROM console.entities WHERE workspace_id = :ws"
          + " AND id = :entity)").bind("ws", ws).bind("entity", entity).mapTo(Boolean.class).one();
      if (!exists) {
        return Optional.<Page>empty();
      }
      var q = h.createQuery(sql).bind("ws", ws).bind("entity", entity).bind("entityText", entity.toString())
          .bind("limit", limit).bind("offset", offset);
      if (from != null) {
        q.bind("from", from.atOffset(ZoneOffset.UTC));
      }
      if (to != null) {
        q.bind("to", to.atOffset(ZoneOffset.UTC));
      }
      long[] total = {0};
      List<AuditResponses.Event> events = q.map((rs, ctx) -> {
        total[0] = rs.getLong("total");
        return event(rs, ws, entity);
      }).list();
      if (events.isEmpty() && offset > 0) {
        total[0] = countAll(h, ws, entity);
      }
      return Optional.of(new Page(events, total[0]));
    });
  }

  private static long countAll(org.jdbi.v3.core.Handle h, UUID ws, UUID entity) {
    return h.createQuery("SELECT (SELECT count(*) FROM console.phi_access_events WHERE workspace_id = :ws"
            + " AND :entity = ANY(resource_ids)) + (SELECT count(*) FROM console.audit_events"
            + " WHERE workspace_id = :ws AND split_part(target, ':', 2) = :entityText)")
        .bind("ws", ws).bind("entity", entity).bind("entityText", entity.toString()).mapTo(Long.class).one();
  }

  private static AuditResponses.Event event(ResultSet rs, UUID ws, UUID entity) throws SQLException {
    Map<String, Object> actor;
    try {
      actor = JSON.readValue(rs.getString("actor"), new com.fasterxml.jackson.core.type.TypeReference<>() {});
    } catch (java.io.IOException e) {
      throw new SQLException("unreadable audit actor", e);
    }
    UUID id = rs.getObject("id", UUID.class);
    Instant at = rs.getObject("created_at", OffsetDateTime.class).toInstant();
    if (rs.getBoolean("phi")) {
      UUID[] ids = (UUID[]) rs.getArray("resource_ids").getArray();
      return PhiAccessHandlers.event(new PhiAccess(id, ws, actor, rs.getString("action"), rs.getString("resource_type"),
          List.of(ids), rs.getString("request_id"), at), entity);
    }
    Map<String, Object> metadata = new java.util.LinkedHashMap<>();
    metadata.put("result", rs.getString("result"));
    metadata.put("reason", rs.getString("reason"));
    metadata.put("request_id", rs.getString("request_id"));
    metadata.put("seq", rs.getLong("seq"));
    return new AuditResponses.Event(id, ws, at, AuditFilter.SERVICE, rs.getString("action"),
        rs.getString("resource_type"), entity.toString(), null, text(actor.get("user_id")),
        text(actor.get("credential_id")), text(actor.get("ip")), null, false, metadata);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
