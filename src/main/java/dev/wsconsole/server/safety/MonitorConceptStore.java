package dev.wsconsole.server.safety;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.model.wire.MonitorConceptRequests.AgentConfig;
import dev.wsconsole.model.wire.MonitorConceptRequests.Escalation;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Monitor concepts of a workspace, and applying a regulation template's rules as concepts; every write audited. */
public final class MonitorConceptStore {
  private static final ObjectMapper JSON = Json.mapper();
  private final TenantTx tx;

  public MonitorConceptStore(TenantTx tx) {
    this.tx = tx;
  }

  /** The name is already used by another monitor concept in the workspace. */
  public static final class DuplicateNameException extends RuntimeException {
    DuplicateNameException() {
      super("duplicate monitor concept name");
    }
  }

  /** One page and the total. */
  public record Page(List<MonitorConcept> items, long total) {}

  /** What applying a template did, by concept name. */
  public record Applied(List<String> created, List<String> skipped, List<String> overridden) {}

  public MonitorConcept create(UUID ws, MonitorConceptDraft d, AuditRecord audit) {
    UUID id = UUID.randomUUID();
    return unique(() -> tx.call(ws, h -> {
      insert(h, ws, id, d);
      AuditStore.append(h, ws, target(audit, "monitor_concept:" + id, ""));
      return get(h, ws, id).orElseThrow();
    }));
  }

  public Optional<MonitorConcept> update(UUID ws, UUID id, UnaryOperator<MonitorConceptDraft> change,
                                         AuditRecord audit) {
    return unique(() -> tx.call(ws, h -> {
      Optional<String> template = h.createQuery("SELECT coalesce(template_id, '') FROM console.monitor_concepts"
              + " WHERE workspace_id = :ws AND id = :id FOR UPDATE").bind("ws", ws).bind("id", id)
          .mapTo(String.class).findOne();
      if (template.isEmpty()) {
        return Optional.<MonitorConcept>empty();
      }
      String templateId = template.get().isEmpty() ? null : template.get();
      write(h, ws, id, change.apply(draft(get(h, ws, id).orElseThrow(), templateId)));
      AuditStore.append(h, ws, target(audit, "monitor_concept:" + id, ""));
      return get(h, ws, id);
    }));
  }

  public boolean delete(UUID ws, UUID id, AuditRecord audit) {
    return tx.call(ws, h -> {
      int n = h.createUpdate("DELETE FROM console.monitor_concepts WHERE workspace_id = :ws AND id = :id")
          .bind("ws", ws).bind("id", id).execute();
      if (n == 1) {
        AuditStore.append(h, ws, target(audit, "monitor_concept:" + id, ""));
      }
      return n == 1;
    });
  }

  public Optional<MonitorConcept> get(UUID ws, UUID id) {
    return tx.call(ws, h -> get(h, ws, id));
  }

  public Page list(UUID ws, int limit, int offset) {
    return tx.call(ws, h -> new Page(
        h.createQuery("SELECT * FROM console.monitor_concepts WHERE workspace_id = :ws ORDER BY created_at, id"
                + " LIMIT :limit OFFSET :offset")
            .bind("ws", ws).bind("limit", limit).bind("offset", offset).map(MonitorConceptStore::map).list(),
        h.createQuery("SELECT count(*) FROM console.monitor_concepts WHERE workspace_id = :ws")
            .bind("ws", ws).mapTo(Long.class).one()));
  }

  /**
   * Creates a concept per draft in one transaction; a name that exists is skipped, or rewritten when
   * {@code override}. Records the template as applied in the safety configuration, and audits once.
   */
  public Applied apply(UUID ws, String templateId, List<MonitorConceptDraft> drafts, boolean override,
                       AuditRecord audit) {
    return tx.call(ws, h -> {
      List<String> created = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      List<String> overridden = new ArrayList<>();
      for (MonitorConceptDraft d : drafts) {
        Optional<UUID> existing = h.createQuery("SELECT id FROM console.monitor_concepts WHERE workspace_id = :ws"
            + " AND name = :name FOR UPDATE").bind("ws", ws).bind("name", d.name()).mapTo(UUID.class).findOne();
        if (existing.isEmpty()) {
          // ON CONFLICT: a concept of this name created meanwhile by another request is skipped, not an error.
          int n = h.createUpdate("INSERT INTO console.monitor_concepts (workspace_id, id, name) VALUES (:ws, :id, :name)"
                  + " ON CONFLICT (workspace_id, name) DO NOTHING")
              .bind("ws", ws).bind("id", UUID.randomUUID()).bind("name", d.name()).execute();
          existing = n == 0 ? Optional.empty() : h.createQuery("SELECT id FROM console.monitor_concepts"
              + " WHERE workspace_id = :ws AND name = :name").bind("ws", ws).bind("name", d.name())
              .mapTo(UUID.class).findOne();
          (n == 0 ? skipped : created).add(d.name());
        } else if (override) {
          overridden.add(d.name());
        } else {
          skipped.add(d.name());
          existing = Optional.empty();
        }
        existing.ifPresent(id -> write(h, ws, id, d));
      }
      SafetyConfigStore.markApplied(h, ws, templateId);
      AuditStore.append(h, ws, target(audit, "safety_template:" + templateId, "created " + created.size()
          + ", overridden " + overridden.size() + ", skipped " + skipped.size()));
      return new Applied(created, skipped, overridden);
    });
  }

  private static void insert(Handle h, UUID ws, UUID id, MonitorConceptDraft d) {
    h.createUpdate("INSERT INTO console.monitor_concepts (workspace_id, id, name) VALUES (:ws, :id, :name)")
        .bind("ws", ws).bind("id", id).bind("name", d.name()).execute();
    write(h, ws, id, d);
  }

  private static void write(Handle h, UUID ws, UUID id, MonitorConceptDraft d) {
    h.createUpdate("UPDATE console.monitor_concepts SET name = :name, description = :description,"
            + " threshold = :threshold, standalone_threshold = :standalone, tags = :tags,"
            + " escalation = CAST(:escalation AS jsonb), agent_config = CAST(:agent AS jsonb),"
            + " template_id = :template, updated_at = now() WHERE workspace_id = :ws AND id = :id")
        .bind("name", d.name()).bind("description", d.description()).bind("threshold", d.threshold())
        .bind("standalone", d.standaloneThreshold()).bind("tags", d.tags().toArray(new String[0]))
        .bind("escalation", json(d.escalation())).bind("agent", json(d.agentConfig()))
        .bind("template", d.templateId()).bind("ws", ws).bind("id", id).execute();
  }

  private static Optional<MonitorConcept> get(Handle h, UUID ws, UUID id) {
    return h.createQuery("SELECT * FROM console.monitor_concepts WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", id).map(MonitorConceptStore::map).findOne();
  }

  private static <T> T unique(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState())) {
        throw new DuplicateNameException();
      }
      throw e;
    }
  }

  private static AuditRecord target(AuditRecord r, String target, String reason) {
    return new AuditRecord(r.actor(), r.action(), target, r.result(), reason, r.requestId());
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, Class<T> type, T fallback) {
    try {
      // Rows written by other means (an empty '{}') still read back with the contract's defaults.
      T value = JSON.readValue(json, type);
      return value == null ? fallback : value;
    } catch (JsonProcessingException e) {
      return fallback;
    }
  }

  private static MonitorConcept map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new MonitorConcept(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("name"), rs.getString("description"), rs.getDouble("threshold"),
        rs.getDouble("standalone_threshold"), read(rs.getString("agent_config"), AgentConfig.class,
            AgentConfig.defaults()), read(rs.getString("escalation"), Escalation.class, Escalation.defaults()),
        Arrays.asList((String[]) rs.getArray("tags").getArray()), false, ts(rs, "created_at"), ts(rs, "updated_at"));
  }

  private static Instant ts(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static MonitorConceptDraft draft(MonitorConcept c, String templateId) {
    return new MonitorConceptDraft(c.name(), c.description(), c.threshold(), c.standaloneThreshold(), c.tags(),
        c.escalation(), c.agentConfig(), templateId);
  }
}
