package dev.wsconsole.server.workspace;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.Workspace;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.AccountTx;
import dev.wsconsole.server.db.TenantTx;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The global workspace directory, reached only through its SECURITY DEFINER functions, each call made in the scope
 * the function checks: the workspace's own ({@code TenantTx}) or the account's ({@code AccountTx}; decision 0036).
 */
public final class DirectoryStore {
  private final TenantTx tx;
  private final AccountTx accounts;

  public DirectoryStore(Jdbi jdbi, TenantTx tx) {
    this.tx = tx;
    this.accounts = new AccountTx(jdbi);
  }

  /**
   * Creates the directory entry, makes {@code owner} its owner and audits it, in one transaction
   * scoped to the new workspace. A taken slug surfaces as {@link SlugTakenException}.
   */
  public Workspace createWithOwner(UUID id, String slug, String name, Environment environment, String region,
                                   String backendOrgId, UUID owner,
                                   AuditRecord audit) {
    try {
      return tx.call(id, h -> {
        Workspace ws = h.createQuery("SELECT * FROM app.create_workspace(:id, :slug, :name, :env, :region, :org)")
            .bind("id", id).bind("slug", slug).bind("name", name).bind("env", environment.wireName())
            .bind("region", region).bind("org", backendOrgId)
            .map(DirectoryStore::map).one();
        MembershipStore.add(h, id, owner, Role.OWNER);
        AuditStore.append(h, id, audit);
        return ws;
      });
    } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException && "23505".equals(((SQLException) e.getCause()).getSQLState())) {
        throw new SlugTakenException(slug);
      }
      throw e;
    }
  }

  /** The slug is already used by some workspace on this platform. */
  public static final class SlugTakenException extends RuntimeException {
    public SlugTakenException(String slug) {
      super("A workspace with slug '" + slug + "' already exists.");
    }
  }

  /** Runs a directory change and its audit entry in one transaction scoped to the workspace. */
  public Workspace updateAudited(UUID id, Change change, AuditRecord audit) {
    return tx.call(id, h -> {
      Workspace ws = update(h, id, change);
      AuditStore.append(h, id, audit);
      return ws;
    });
  }

  /**
   * Clears the archive mark and audits it, in one transaction scoped to the workspace (the database function
   * acts only on the scope's workspace); empty, and nothing written, when the workspace was not archived.
   */
  public Optional<Workspace> restoreAudited(UUID id, AuditRecord audit) {
    return tx.call(id, h -> {
      Optional<Workspace> restored = h.createQuery("SELECT * FROM app.restore_workspace(:id)").bind("id", id)
          .map(DirectoryStore::map).findOne();
      restored.ifPresent(ws -> AuditStore.append(h, id, audit));
      return restored;
    });
  }

  /** The workspace's directory entry, read in its own scope (the function answers only for the scope's workspace). */
  public Optional<Workspace> get(UUID id) {
    return tx.query(id, "SELECT * FROM app.workspace_directory(ARRAY[?::uuid])", rs -> map(rs, ""), id).stream()
        .findFirst();
  }

  /** The directory entries of {@code userId}'s workspaces, oldest first, read acting for that account. */
  public List<Workspace> workspacesOf(UUID userId) {
    return accounts.query(userId, "SELECT * FROM app.workspace_directory(ARRAY(SELECT app.user_workspace_ids(?)))",
        rs -> map(rs, ""), userId);
  }

  /** The ids of {@code userId}'s workspaces, read acting for that account. */
  public List<UUID> workspaceIdsOf(UUID userId) {
    return accounts.query(userId, "SELECT * FROM app.user_workspace_ids(?)", rs -> rs.getObject(1, UUID.class),
        userId);
  }

  /** The environments of the workspaces {@code userId} belongs to, read acting for that account (session limits). */
  public Set<Environment> environmentsOf(UUID userId) {
    return workspacesOf(userId).stream().map(Workspace::environment).collect(Collectors.toSet());
  }

  /** Changes the mutable fields given (null keeps a value), in the workspace's scope, without an audit entry. */
  public Workspace update(UUID id, Change change) {
    return tx.call(id, h -> update(h, id, change));
  }

  private static Workspace update(org.jdbi.v3.core.Handle h, UUID id, Change change) {
    return h.createQuery("SELECT * FROM app.update_workspace(:id, :name, :connector,"
            + " :env, :provision, :archive, :numbers)")
        .bind("id", id).bind("name", change.name()).bind("connector", change.connectorType())
        .bind("env", change.environment() == null ? null : change.environment().wireName())
        .bind("provision", change.provision()).bind("archive", change.archive())
        .bind("numbers", change.testCallerNumbers() == null ? null : change.testCallerNumbers().toArray(new String[0]))
        .map(DirectoryStore::map).one();
  }

  /** A change to a directory entry; null fields are left alone. */
  public record Change(String name, String connectorType, Environment environment, boolean provision,
                       boolean archive, List<String> testCallerNumbers) {
    public static Change none() {
      return new Change(null, null, null, false, false, null);
    }
  }

  private static final List<String> COLUMNS = List.of("id", "slug", "name", "environment", "backend_org_id", "region",
      "connector_type", "provisioned_at", "created_at", "updated_at", "archived_at", "test_caller_numbers");

  /**
   * The directory's columns of {@code alias} (a row of {@code app.workspace_directory}) renamed with
   * {@code prefix}, for a store that reads the entry in the same statement as its own row.
   */
  public static String prefixedColumns(String alias, String prefix) {
    return String.join(", ", COLUMNS.stream().map(c -> alias + "." + c + " AS " + prefix + c).toList());
  }

  /** The entry read by {@link #prefixedColumns}, or null when the join found none. */
  public static Workspace map(ResultSet rs, String prefix) throws SQLException {
    if (rs.getObject(prefix + "id") == null) {
      return null;
    }
    Array numbers = rs.getArray(prefix + "test_caller_numbers");
    return new Workspace(rs.getObject(prefix + "id", UUID.class), rs.getString(prefix + "slug"),
        rs.getString(prefix + "name"), Environment.fromWire(rs.getString(prefix + "environment")),
        rs.getString(prefix + "backend_org_id"), rs.getString(prefix + "region"),
        rs.getString(prefix + "connector_type"), instant(rs.getTimestamp(prefix + "provisioned_at")),
        instant(rs.getTimestamp(prefix + "created_at")), instant(rs.getTimestamp(prefix + "updated_at")),
        instant(rs.getTimestamp(prefix + "archived_at")),
        numbers == null ? List.of() : Arrays.asList((String[]) numbers.getArray()));
  }

  private static Workspace map(ResultSet rs, StatementContext ctx) throws SQLException {
    return map(rs, "");
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
