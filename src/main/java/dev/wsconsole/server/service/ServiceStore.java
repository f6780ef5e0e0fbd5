package dev.wsconsole.server.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.wire.ServiceRequests.EscalationPolicy;
import dev.wsconsole.model.wire.ServiceRequests.ServiceTag;
import dev.wsconsole.model.wire.ServiceRequests.ServiceVoiceConfig;
import dev.wsconsole.model.wire.ServiceRequests.VersionSet;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.core.ListQuery;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Services of a workspace. Every write checks, in its own transaction, that the agent, the context
 * graph and each pinned version exist in the same workspace, and is audited there.
 */
public final class ServiceStore {
  private static final ObjectMapper JSON = Json.mapper();
  private static final String SELECT = "SELECT s.*, a.name AS agent_name, g.name AS context_graph_name"
      + " FROM console.services s"
      + " LEFT JOIN console.agents a ON a.workspace_id = s.workspace_id AND a.id = s.agent_id"
      + " LEFT JOIN console.context_graphs g ON g.workspace_id = s.workspace_id AND g.id = s.context_graph_id";
  private final TenantTx tx;

  public ServiceStore(TenantTx tx) {
    this.tx = tx;
  }

  /** The name is already used by another service in the workspace. */
  public static final class DuplicateNameException extends RuntimeException {
    public DuplicateNameException(String name) {
      super(name);
    }
  }

  /** Outcome of a delete. */
  public enum Deletion { DELETED, NOT_FOUND, IN_USE }

  /** One page and the total. */
  public record Page(List<ServiceRow> items, long total) {}

  public ServiceRow create(UUID ws, ServiceDraft d, AuditRecord audit) {
    UUID id = UUID.randomUUID();
    return uniqueName(d.name(), () -> tx.call(ws, h -> {
      ServiceReferenceStore.check(h, ws, d);
      h.createUpdate("INSERT INTO console.services (workspace_id, id, name) VALUES (:ws, :id, :name)")
          .bind("ws", ws).bind("id", id).bind("name", d.name()).execute();
      write(h, ws, id, d);
      AuditStore.append(h, ws, target(audit, id));
      return get(h, ws, id).orElseThrow();
    }));
  }

  /** Applies {@code change} to the stored settings and saves the result; empty when there is no such service. */
  public Optional<ServiceRow> update(UUID ws, UUID id, UnaryOperator<ServiceDraft> change, AuditRecord audit) {
    return uniqueName(null, () -> tx.call(ws, h -> {
      Optional<ServiceRow> current = h.createQuery(SELECT + " WHERE s.workspace_id = :ws AND s.id = :id"
              + " FOR UPDATE OF s")
          .bind("ws", ws).bind("id", id).map(ServiceStore::map).findOne();
      if (current.isEmpty()) {
        return Optional.<ServiceRow>empty();
      }
      ServiceDraft next = change.apply(current.get().settings());
      ServiceReferenceStore.check(h, ws, next);
      write(h, ws, id, next);
      AuditStore.append(h, ws, target(audit, id));
      return get(h, ws, id);
    }));
  }

  public Deletion delete(UUID ws, UUID id, AuditRecord audit) {
    try {
      return tx.call(ws, h -> {
        int n = h.createUpdate("DELETE FROM console.services WHERE workspace_id = :ws AND id = :id")
            .bind("ws", ws).bind("id", id).execute();
        if (n == 1) {
          AuditStore.append(h, ws, target(audit, id));
        }
        return n == 1 ? Deletion.DELETED : Deletion.NOT_FOUND;
      });
    } catch (UnableToExecuteStatementException e) {
      if (sqlState(e, "23503")) { // phone numbers, calls or surfaces still point at it
        return Deletion.IN_USE;
      }
      throw e;
    }
  }

  public Optional<ServiceRow> get(UUID ws, UUID id) {
    return tx.call(ws, h -> get(h, ws, id));
  }

  public Page list(UUID ws, ListQuery q, Boolean isActive) {
    return tx.call(ws, h -> {
      String where = " WHERE s.workspace_id = :ws"
          + (q.search() == null ? "" : " AND (s.name ILIKE :pattern OR s.description ILIKE :pattern)")
          + (isActive == null ? "" : " AND s.is_active = :active");
      List<ServiceRow> items = h.createQuery(SELECT + where + " ORDER BY " + q.orderBy("s.id")
              + " LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("pattern", q.searchPattern()).bind("active", isActive)
          .bind("limit", q.limit()).bind("offset", q.offset()).map(ServiceStore::map).list();
      long total = h.createQuery("SELECT count(*) FROM console.services s" + where)
          .bind("ws", ws).bind("pattern", q.searchPattern()).bind("active", isActive).mapTo(Long.class).one();
      return new Page(items, total);
    });
  }

  private static Optional<ServiceRow> get(Handle h, UUID ws, UUID id) {
    return h.createQuery(SELECT + " WHERE s.workspace_id = :ws AND s.id = :id")
        .bind("ws", ws).bind("id", id).map(ServiceStore::map).findOne();
  }

  private static void write(Handle h, UUID ws, UUID id, ServiceDraft d) {
    h.createUpdate("UPDATE console.services SET name = :name, description = :description, agent_id = :agent,"
            + " context_graph_id = :graph, channel_type = :channel, environment = :environment,"
            + " keyterms = :keyterms, tags = :tagKeys, service_tags = CAST(:tags AS jsonb), tool_capacity = :capacity,"
            + " safety_filters_enabled = :safety, escalation = CAST(:escalation AS jsonb),"
            + " version_sets = CAST(:sets AS jsonb), voice_config = CAST(:voice AS jsonb), is_active = :active,"
            + " updated_at = now() WHERE workspace_id = :ws AND id = :id")
        .bind("name", d.name()).bind("description", d.description()).bind("agent", d.agentId())
        .bind("graph", d.contextGraphId()).bind("channel", d.channelType()).bind("environment", d.environment())
        .bind("keyterms", d.keyterms().toArray(new String[0]))
        .bind("tagKeys", d.tags().stream().map(ServiceTag::key).toArray(String[]::new))
        .bind("tags", json(d.tags())).bind("capacity", d.toolCapacity()).bind("safety", d.safetyFiltersEnabled())
        .bind("escalation", json(d.escalationPolicy())).bind("sets", json(d.versionSets()))
        .bind("voice", d.voiceConfig() == null ? null : json(d.voiceConfig())).bind("active", d.isActive())
        .bind("ws", ws).bind("id", id).execute();
  }

  private static ServiceRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    ServiceDraft d = new ServiceDraft(rs.getString("name"), rs.getString("description"),
        rs.getObject("agent_id", UUID.class), rs.getObject("context_graph_id", UUID.class),
        rs.getString("channel_type"), rs.getString("environment"),
        read(rs.getString("escalation"), new TypeReference<EscalationPolicy>() {}), rs.getBoolean("is_active"),
        Arrays.asList((String[]) rs.getArray("keyterms").getArray()), rs.getBoolean("safety_filters_enabled"),
        read(rs.getString("service_tags"), new TypeReference<List<ServiceTag>>() {}), rs.getInt("tool_capacity"),
        read(rs.getString("version_sets"), new TypeReference<Map<String, VersionSet>>() {}),
        rs.getString("voice_config") == null ? null
            : read(rs.getString("voice_config"), new TypeReference<ServiceVoiceConfig>() {}));
    return new ServiceRow(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class), d,
        rs.getString("agent_name"), rs.getString("context_graph_name"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("service settings are not serialisable", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) throws SQLException {
    try {
      return JSON.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("stored service settings no longer read as " + type.getType(), e);
    }
  }

  private static AuditRecord target(AuditRecord r, UUID id) {
    return new AuditRecord(r.actor(), r.action(), "service:" + id, r.result(), r.reason(), r.requestId());
  }

  private static <T> T uniqueName(String name, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (UnableToExecuteStatementException e) {
      if (sqlState(e, "23505")) {
        throw new DuplicateNameException(name);
      }
      throw e;
    }
  }

  private static boolean sqlState(UnableToExecuteStatementException e, String state) {
    return e.getCause() instanceof SQLException && state.equals(((SQLException) e.getCause()).getSQLState());
  }
}
