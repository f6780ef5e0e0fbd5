package dev.wsconsole.server.datasource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Data sources of a workspace. Secrets are sealed here, just before SQL, with the row's workspace id
 * and id as associated data; reads return the masked configuration only. Every write is audited in
 * its own transaction, without secret values.
 */
public final class DataSourceStore {
  private static final ObjectMapper JSON = Json.mapper();
  static final String SELECT = "SELECT d.*, s.finished_at AS last_sync_at, s.status AS last_sync_status,"
      + " coalesce((s.counts->>'event_count')::bigint, 0) AS last_sync_event_count, ok.at AS last_success_at"
      + " FROM console.data_sources d"
      + " LEFT JOIN LATERAL (SELECT x.finished_at, x.status, x.counts FROM console.data_source_syncs x"
      + "   WHERE x.workspace_id = d.workspace_id AND x.data_source_id = d.id AND x.status <> 'running'"
      + "   ORDER BY x.finished_at DESC NULLS LAST, x.id LIMIT 1) s ON true"
      + " LEFT JOIN LATERAL (SELECT max(y.finished_at) AS at FROM console.data_source_syncs y"
      + "   WHERE y.workspace_id = d.workspace_id AND y.data_source_id = d.id AND y.status = 'success') ok ON true";
  private final TenantTx tx;
  private final SecretCipher cipher;

  public DataSourceStore(TenantTx tx, SecretCipher cipher) {
    this.tx = tx;
    this.cipher = cipher;
  }

  /** The name is already used by another data source in the workspace. */
  /** Whether this store encrypts the secrets of the sources it keeps (the backend has a secret key). */
  public boolean sealsSecrets() {
    return cipher != null;
  }

  public static final class DuplicateNameException extends RuntimeException {
    DuplicateNameException() {
      super("duplicate data source name");
    }
  }

  /** One page and the total. */
  public record Page(List<DataSourceRow> items, long total) {}

  /** A list filter: active flag, source types (empty: any) and an ILIKE pattern (null: none). */
  public record Filter(Boolean isActive, List<String> sourceTypes, String pattern) {}

  public DataSourceRow create(UUID ws, DataSourceDraft d, AuditRecord audit) {
    UUID id = UUID.randomUUID();
    return unique(() -> tx.call(ws, h -> {
      h.createUpdate("INSERT INTO console.data_sources (workspace_id, id, name, source_type) VALUES (:ws, :id, :name,"
              + " :type)")
          .bind("ws", ws).bind("id", id).bind("name", d.name()).bind("type", d.sourceType()).execute();
      write(h, ws, id, d);
      AuditStore.append(h, ws, target(audit, id));
      return get(h, ws, id).orElseThrow();
    }));
  }

  /**
   * Applies {@code change} to the stored settings and the unsealed secrets, then seals and saves the
   * result; empty when there is no such data source in the workspace.
   */
  public Optional<DataSourceRow> update(UUID ws, UUID id,
                                        BiFunction<DataSourceRow, Supplier<ObjectNode>, DataSourceDraft> change,
                                        AuditRecord audit) {
    return unique(() -> tx.call(ws, h -> {
      Optional<DataSourceRow> current = h.createQuery(SELECT + " WHERE d.workspace_id = :ws AND d.id = :id"
              + " FOR UPDATE OF d").bind("ws", ws).bind("id", id).map(DataSourceStore::map).findOne();
      if (current.isEmpty()) {
        return Optional.<DataSourceRow>empty();
      }
      write(h, ws, id, change.apply(current.get(), () -> secrets(h, ws, id)));
      AuditStore.append(h, ws, target(audit, id));
      return get(h, ws, id);
    }));
  }

  /** Deletes the source and its sync history; false when there is no such data source. */
  public boolean delete(UUID ws, UUID id, AuditRecord audit) {
    return tx.call(ws, h -> {
      h.createUpdate("DELETE FROM console.data_source_syncs WHERE workspace_id = :ws AND data_source_id = :id")
          .bind("ws", ws).bind("id", id).execute();
      int n = h.createUpdate("DELETE FROM console.data_sources WHERE workspace_id = :ws AND id = :id")
          .bind("ws", ws).bind("id", id).execute();
      if (n == 1) {
        AuditStore.append(h, ws, target(audit, id));
      }
      return n == 1;
    });
  }

  public Optional<DataSourceRow> get(UUID ws, UUID id) {
    return tx.call(ws, h -> get(h, ws, id));
  }

  /**
   * The unsealed secrets of a data source by JSON pointer (for the connector that will use them;
   * never for an HTTP answer). Fails with {@link SecretCipher.UnsealFailedException} when the stored
   * ciphertext was not sealed for this workspace and row.
   */
  public Optional<ObjectNode> secrets(UUID ws, UUID id) {
    return tx.call(ws, h -> get(h, ws, id).map(row -> secrets(h, ws, id)));
  }

  public Page list(UUID ws, Filter f, int limit, int offset) {
    return tx.call(ws, h -> {
      String where = " WHERE d.workspace_id = :ws"
          + (f.isActive() == null ? "" : " AND d.is_active = :active")
          + (f.sourceTypes().isEmpty() ? "" : " AND d.source_type = ANY(:types)")
          + (f.pattern() == null ? "" : " AND (d.name ILIKE :p OR d.display_name ILIKE :p OR d.id::text ILIKE :p"
              + " OR d.source_type ILIKE :p OR s.status ILIKE :p)");
      String[] types = f.sourceTypes().toArray(new String[0]);
      List<DataSourceRow> items = h.createQuery(SELECT + where + " ORDER BY d.created_at, d.id LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("active", f.isActive()).bind("types", types).bind("p", f.pattern())
          .bind("limit", limit).bind("offset", offset).map(DataSourceStore::map).list();
      long total = h.createQuery("SELECT count(*) FROM (" + SELECT + where + ") t")
          .bind("ws", ws).bind("active", f.isActive()).bind("types", types).bind("p", f.pattern())
          .mapTo(Long.class).one();
      return new Page(items, total);
    });
  }

  static Optional<DataSourceRow> get(Handle h, UUID ws, UUID id) {
    return h.createQuery(SELECT + " WHERE d.workspace_id = :ws AND d.id = :id")
        .bind("ws", ws).bind("id", id).map(DataSourceStore::map).findOne();
  }

  private ObjectNode secrets(Handle h, UUID ws, UUID id) {
    byte[] sealed = h.createQuery("SELECT secrets_encrypted FROM console.data_sources WHERE workspace_id = :ws"
            + " AND id = :id").bind("ws", ws).bind("id", id).mapTo(byte[].class).findOne().orElse(null);
    if (sealed == null) {
      return JSON.createObjectNode();
    }
    return (ObjectNode) parse(cipher().unseal(ws, id, sealed));
  }

  private void write(Handle h, UUID ws, UUID id, DataSourceDraft d) {
    if (d.secrets() != null) {
      byte[] sealed = d.secrets().isEmpty() ? null : cipher().seal(ws, id, d.secrets().toString());
      h.createUpdate("UPDATE console.data_sources SET secrets_encrypted = :sealed WHERE workspace_id = :ws AND id = :id")
          .bind("sealed", sealed).bind("ws", ws).bind("id", id).execute();
    }
    h.createUpdate("UPDATE console.data_sources SET name = :name, display_name = :display, source_type = :type,"
            + " config = CAST(:config AS jsonb), entity_types = CAST(:entities AS text[]),"
            + " field_mappings = CAST(:mappings AS jsonb), sync_strategy = :strategy, sync_schedule = :schedule,"
            + " is_active = :active, updated_at = now() WHERE workspace_id = :ws AND id = :id")
        .bind("name", d.name()).bind("display", d.displayName()).bind("type", d.sourceType())
        .bind("config", d.maskedConfig().toString())
        .bind("entities", d.entityTypes() == null ? null : d.entityTypes().toArray(new String[0]))
        .bind("mappings", d.fieldMappings().toString()).bind("strategy", d.syncStrategy())
        .bind("schedule", d.syncSchedule()).bind("active", d.isActive()).bind("ws", ws).bind("id", id)
        .execute();
  }

  private SecretCipher cipher() {
    if (cipher == null) {
      throw new IllegalStateException("no data-source secret key is configured (see SecretKeySource)");
    }
    return cipher;
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

  private static AuditRecord target(AuditRecord r, UUID id) {
    return new AuditRecord(r.actor(), r.action(), "data_source:" + id, r.result(), r.reason(), r.requestId());
  }

  static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }

  private static DataSourceRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    java.sql.Array entities = rs.getArray("entity_types");
    return new DataSourceRow(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("name"), rs.getString("display_name"), rs.getString("source_type"),
        (ObjectNode) parse(rs.getString("config")),
        entities == null ? null : Arrays.asList((String[]) entities.getArray()),
        (ObjectNode) parse(rs.getString("field_mappings")), rs.getString("sync_strategy"),
        rs.getString("sync_schedule"), rs.getBoolean("is_active"), rs.getString("health_status"),
        ts(rs, "last_health_check"), rs.getString("discovered_by"), ts(rs, "created_at"), ts(rs, "updated_at"),
        ts(rs, "last_sync_at"), rs.getString("last_sync_status"), rs.getLong("last_sync_event_count"),
        ts(rs, "last_success_at"));
  }

  static Instant ts(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
