package dev.wsconsole.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The only way to run tenant SQL: one explicit transaction whose first statement scopes the
 * connection to a workspace with a transaction-local setting, so the scope ends with the
 * transaction and a pooled connection never carries a tenant into the next request. The hot lists'
 * scoping functions ({@link #readThrough}) keep the same promise in one statement: the function sets the
 * transaction-local scope and reads within that statement's own transaction.
 */
public final class TenantTx {
  private final Jdbi jdbi;
  private final java.util.function.Consumer<List<UUID>> committed;

  public TenantTx(Jdbi jdbi) {
    this(jdbi, null);
  }

  /**
   * {@code committed} hears, before {@link #call} returns, the workspaces whose keys, memberships or
   * directory row the committed transaction changed (the backend evicts those workspaces' cached
   * credentials and waits until every node has: decisions 0019, 0021 and 0032); a transaction that changed
   * none of them is not announced.
   */
  public TenantTx(Jdbi jdbi, java.util.function.Consumer<List<UUID>> committed) {
    this.jdbi = jdbi;
    this.committed = committed;
  }

  /** Runs {@code work} in {@code workspaceId}'s scope and returns its result. */
  public <T> T call(UUID workspaceId, HandleCallback<T, RuntimeException> work) {
    try {
      return inScope(workspaceId, work, true);
    } catch (RuntimeException e) {
      throw ArchivedWorkspaceWrite.refusalOr(e);
    }
  }

  /**
   * The one scoped transaction. With {@code mayWrite} false it is a read-only transaction (pgjdbc then begins
   * it {@code READ ONLY}, in the same round trip), which cannot change rights, so it skips asking which
   * credentials it changed: one round trip less than a write.
   */
  private <T> T inScope(UUID workspaceId, HandleCallback<T, RuntimeException> work, boolean mayWrite) {
    if (workspaceId == null) {
      throw new WorkspaceContextMissingException();
    }
    List<UUID> changed = new ArrayList<>();
    T result = jdbi.inTransaction(handle -> {
      if (!mayWrite) {
        readOnly(handle);
      }
      scope(handle, workspaceId);
      T out = work.withHandle(handle);
      if (committed != null && mayWrite) {
        changed.addAll(CredentialChanges.read(handle, workspaceId));
      }
      return out;
    });
    if (!changed.isEmpty()) {
      committed.accept(List.copyOf(changed));
    }
    return result;
  }

  /** Runs {@code work} in {@code workspaceId}'s scope. */
  public void run(UUID workspaceId, HandleConsumer<RuntimeException> work) {
    call(workspaceId, handle -> {
      work.useHandle(handle);
      return null;
    });
  }

  /** Maps one row of a {@link #query} or {@link #readThrough} result. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * One read query in {@code workspaceId}'s scope, through {@link #call}: the same explicit transaction as
   * every other tenant statement, so its scope never depends on how the driver batches or syncs.
   * Parameters bind in order ({@code ?}).
   */
  public <T> List<T> query(UUID workspaceId, String sql, Row<T> row, Object... params) {
    return inScope(workspaceId, h -> {
      try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
        bind(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          return rows(rs, row);
        }
      } catch (SQLException e) {
        throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
      }
    }, false);
  }

  /**
   * One read through a scoping function of schema {@code app} (on {@link IsolationLint#SCOPING_FUNCTION_ALLOW_LIST}):
   * a single statement that sets the transaction-local scope and returns its rows, so the driver may
   * server-prepare it and the server keeps its plan (docs/decisions/0020). The workspace is the first argument.
   */
  public <T> List<T> readThrough(UUID workspaceId, String function, Row<T> row, Object... params) {
    if (workspaceId == null) {
      throw new WorkspaceContextMissingException();
    }
    if (!IsolationLint.isScopingFunction(function)) {
      throw new IllegalArgumentException(function + " is not an allow-listed scoping function");
    }
    String sql = "SELECT * FROM " + function + "(?" + ", ?".repeat(params.length) + ")";
    return jdbi.withHandle(h -> {
      Connection c = h.getConnection();
      try {
        c.setAutoCommit(true); // the statement's implicit transaction is the scope
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setObject(1, workspaceId);
          bind(ps, 2, params);
          try (ResultSet rs = ps.executeQuery()) {
            return rows(rs, row);
          }
        }
      } catch (SQLException e) {
        throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
      }
    });
  }

  /**
   * One write through an allow-listed scoping function: the same single statement as {@link #readThrough}, whose
   * implicit transaction commits the write before this returns (the PHI access log, decision 0035).
   */
  public <T> List<T> writeThrough(UUID workspaceId, String function, Row<T> row, Object... params) {
    return readThrough(workspaceId, function, row, params);
  }

  private static void bind(PreparedStatement ps, int first, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      ps.setObject(first + i, params[i]);
    }
  }

  private static <T> List<T> rows(ResultSet rs, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    while (rs.next()) {
      out.add(row.map(rs));
    }
    return out;
  }

  private static void readOnly(Handle handle) {
    try {
      handle.getConnection().setReadOnly(true); // the pool puts it back to read-write when the handle closes
    } catch (SQLException e) {
      throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
    }
  }

  private static void scope(Handle handle, UUID workspaceId) {
    // set_config(..., true) is local to this transaction; the value is a UUID's text, never user text.
    handle.createQuery("SELECT set_config('app.workspace_id', :ws, true)")
        .bind("ws", workspaceId.toString())
        .mapTo(String.class)
        .one();
  }
}
