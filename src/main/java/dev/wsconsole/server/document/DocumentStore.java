package dev.wsconsole.server.document;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.core.ListQuery;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.document.DocumentRows.Head;
import dev.wsconsole.server.document.DocumentRows.Page;
import dev.wsconsole.server.document.DocumentRows.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Versioned documents of one {@link DocumentKind}: parents are renamed or marked deleted, versions are
 * only ever inserted (the app role holds no UPDATE or DELETE on them) and the parent's
 * {@code latest_version} moves. Every write is audited in its own transaction.
 */
public final class DocumentStore {
  private final TenantTx tx;
  private final DocumentKind kind;
  private final String headColumns;

  public DocumentStore(TenantTx tx, DocumentKind kind) {
    this.tx = tx;
    this.kind = kind;
    this.headColumns = "p.id, p.workspace_id, p.name, p.description, p.latest_version, p.created_at, p.updated_at,"
        + " COALESCE((SELECT " + kind.latestCountSql() + " FROM " + kind.versionTable() + " v"
        + "   WHERE v.workspace_id = p.workspace_id AND v." + kind.parentColumn() + " = p.id"
        + "   AND v.version = p.latest_version), 0) AS latest_count";
  }

  /** The audit name of the kind ({@code agent}, {@code context_graph}). */
  public String kindName() {
    return kind.auditName();
  }

  /** The name is already used by a live document of this kind in the workspace. */
  public static final class DuplicateNameException extends RuntimeException {
    public DuplicateNameException(String name) {
      super(name);
    }
  }

  public Head create(UUID ws, String name, String description, AuditRecord audit) {
    UUID id = UUID.randomUUID();
    return uniqueName(name, () -> tx.call(ws, h -> {
      h.createUpdate("INSERT INTO " + kind.table() + " (workspace_id, id, name, description)"
              + " VALUES (:ws, :id, :name, :description)")
          .bind("ws", ws).bind("id", id).bind("name", name).bind("description", description).execute();
      AuditStore.append(h, ws, target(audit, id));
      return head(h, ws, id).orElseThrow();
    }));
  }

  public Page<Head> list(UUID ws, ListQuery q) {
    return tx.call(ws, h -> {
      String where = " WHERE p.workspace_id = :ws AND p.deleted_at IS NULL"
          + (q.search() == null ? "" : " AND (p.name ILIKE :pattern OR p.description ILIKE :pattern)");
      List<Head> items = h.createQuery("SELECT " + headColumns + " FROM " + kind.table() + " p" + where
              + " ORDER BY " + q.orderBy("p.id") + " LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("pattern", q.searchPattern()).bind("limit", q.limit()).bind("offset", q.offset())
          .map(DocumentStore::mapHead).list();
      long total = h.createQuery("SELECT count(*) FROM " + kind.table() + " p" + where)
          .bind("ws", ws).bind("pattern", q.searchPattern()).mapTo(Long.class).one();
      return new Page<>(items, total);
    });
  }

  public Optional<Head> get(UUID ws, UUID id) {
    return tx.call(ws, h -> head(h, ws, id));
  }

  /** Renames and/or redescribes (null leaves a field as it is); empty when there is no such live document. */
  public Optional<Head> update(UUID ws, UUID id, String name, String description, AuditRecord audit) {
    return uniqueName(name, () -> tx.call(ws, h -> {
      int n = h.createUpdate("UPDATE " + kind.table() + " SET name = COALESCE(:name, name),"
              + " description = COALESCE(:description, description), updated_at = now()"
              + " WHERE workspace_id = :ws AND id = :id AND deleted_at IS NULL")
          .bind("ws", ws).bind("id", id).bind("name", name).bind("description", description).execute();
      if (n == 0) {
        return Optional.<Head>empty();
      }
      AuditStore.append(h, ws, target(audit, id));
      return head(h, ws, id);
    }));
  }

  /** Marks the document deleted (its versions stay); refused while a service uses it. */
  public DocumentRows.Deletion delete(UUID ws, UUID id, AuditRecord audit) {
    return tx.call(ws, h -> {
      Optional<UUID> live = h.createQuery("SELECT id FROM " + kind.table()
              + " WHERE workspace_id = :ws AND id = :id AND deleted_at IS NULL FOR UPDATE")
          .bind("ws", ws).bind("id", id).mapTo(UUID.class).findOne();
      if (live.isEmpty()) {
        return DocumentRows.Deletion.NOT_FOUND;
      }
      boolean used = h.createQuery("SELECT EXISTS (SELECT 1 FROM console.services WHERE workspace_id = :ws AND "
              + kind.parentColumn() + " = :id)")
          .bind("ws", ws).bind("id", id).mapTo(Boolean.class).one();
      if (used) {
        return DocumentRows.Deletion.IN_USE;
      }
      h.createUpdate("UPDATE " + kind.table() + " SET deleted_at = now(), updated_at = now()"
              + " WHERE workspace_id = :ws AND id = :id")
          .bind("ws", ws).bind("id", id).execute();
      AuditStore.append(h, ws, target(audit, id));
      return DocumentRows.Deletion.DELETED;
    });
  }

  /**
   * Appends the next version; the parent row's lock orders concurrent writers, so numbers never
   * collide or skip. Empty when there is no such live document.
   */
  public Optional<Version> addVersion(UUID ws, UUID parentId, String documentJson, AuditRecord audit) {
    return tx.call(ws, h -> {
      Optional<Integer> next = h.createQuery("UPDATE " + kind.table() + " SET latest_version = latest_version + 1,"
              + " updated_at = now() WHERE workspace_id = :ws AND id = :id AND deleted_at IS NULL"
              + " RETURNING latest_version")
          .bind("ws", ws).bind("id", parentId).mapTo(Integer.class).findOne();
      if (next.isEmpty()) {
        return Optional.<Version>empty();
      }
      UUID id = UUID.randomUUID();
      h.createUpdate("INSERT INTO " + kind.versionTable() + " (workspace_id, id, " + kind.parentColumn()
              + ", version, document) VALUES (:ws, :id, :parent, :version, CAST(:doc AS jsonb))")
          .bind("ws", ws).bind("id", id).bind("parent", parentId).bind("version", next.get())
          .bind("doc", documentJson).execute();
      AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(),
          kind.auditName() + ":" + parentId + "@" + next.get(), audit.result(), audit.reason(), audit.requestId()));
      return version(h, ws, parentId, next.get());
    });
  }

  /** Versions of a live document; empty when there is no such document. */
  public Optional<Page<Version>> versions(UUID ws, UUID parentId, ListQuery q) {
    return tx.call(ws, h -> {
      if (head(h, ws, parentId).isEmpty()) {
        return Optional.<Page<Version>>empty();
      }
      String where = " FROM " + kind.versionTable() + " v WHERE v.workspace_id = :ws AND v." + kind.parentColumn()
          + " = :parent";
      List<Version> items = h.createQuery("SELECT v.id, v.workspace_id, v." + kind.parentColumn()
              + " AS parent_id, v.version, v.document::text AS document, v.created_at" + where
              + " ORDER BY " + q.orderBy("v.id") + " LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("parent", parentId).bind("limit", q.limit()).bind("offset", q.offset())
          .map(DocumentStore::mapVersion).list();
      long total = h.createQuery("SELECT count(*)" + where).bind("ws", ws).bind("parent", parentId)
          .mapTo(Long.class).one();
      return Optional.of(new Page<>(items, total));
    });
  }

  /** One version of a live document (0 or less means the latest). */
  public Optional<Version> version(UUID ws, UUID parentId, int number) {
    return tx.call(ws, h -> head(h, ws, parentId)
        .flatMap(p -> version(h, ws, parentId, number > 0 ? number : p.latestVersion())));
  }

  private Optional<Version> version(Handle h, UUID ws, UUID parentId, int number) {
    return h.createQuery("SELECT v.id, v.workspace_id, v." + kind.parentColumn() + " AS parent_id, v.version,"
            + " v.document::text AS document, v.created_at FROM " + kind.versionTable() + " v"
            + " WHERE v.workspace_id = :ws AND v." + kind.parentColumn() + " = :parent AND v.version = :version")
        .bind("ws", ws).bind("parent", parentId).bind("version", number).map(DocumentStore::mapVersion).findOne();
  }

  private Optional<Head> head(Handle h, UUID ws, UUID id) {
    return h.createQuery("SELECT " + headColumns + " FROM " + kind.table() + " p"
            + " WHERE p.workspace_id = :ws AND p.id = :id AND p.deleted_at IS NULL")
        .bind("ws", ws).bind("id", id).map(DocumentStore::mapHead).findOne();
  }

  private AuditRecord target(AuditRecord r, UUID id) {
    return new AuditRecord(r.actor(), r.action(), kind.auditName() + ":" + id, r.result(), r.reason(), r.requestId());
  }

  private static <T> T uniqueName(String name, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException && "23505".equals(((SQLException) e.getCause()).getSQLState())) {
        throw new DuplicateNameException(name);
      }
      throw e;
    }
  }

  private static Head mapHead(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Head(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class), rs.getString("name"),
        rs.getString("description"), rs.getInt("latest_version"), rs.getInt("latest_count"), ts(rs, "created_at"),
        ts(rs, "updated_at"));
  }

  private static Version mapVersion(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Version(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getObject("parent_id", UUID.class), rs.getInt("version"), rs.getString("document"), ts(rs, "created_at"));
  }

  private static Instant ts(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }
}
