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
 * transaction and a pooled connection never carries a tenant into the next request.
 */
public final class TenantTx {
  private final Jdbi jdbi;
  private final java.util.function.Consumer<UUID> committed;

  public TenantTx(Jdbi jdbi) {
    this(jdbi, null);
  }

  /**
   * {@code committed} hears, before {@link #call} returns, each workspace whose keys, memberships or
   * directory row the committed transaction changed (the backend evicts those workspaces' cached
   * credentials: decisions 0019 and 0021); a transaction that changed none of them is not announced.
   */
  public TenantTx(Jdbi jdbi, java.util.function.Consumer<UUID> committed) {
    this.jdbi = jdbi;
    this.committed = committed;
  }

  /** Runs {@code work} in {@code workspaceId}'s scope and returns its result. */
  public <T> T call(UUID workspaceId, HandleCallback<T, RuntimeException> work) {
    if (workspaceId == null) {
      throw new WorkspaceContextMissingException();
    }
    List<UUID> changed = new ArrayList<>();
    T result = jdbi.inTransaction(handle -> {
      scope(handle, workspaceId);
      T out = work.withHandle(handle);
      if (committed != null) {
        changed.addAll(CredentialChanges.read(handle, workspaceId));
      }
      return out;
    });
    for (UUID ws : changed) {
      committed.accept(ws);
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

  /** Maps one row of a {@link #readOnce} result. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * One read query in one round trip, for hot paths: the scoping {@code set_config(..., true)} and the
   * query go to the server together and run in one implicit transaction that ends with the batch
   * (docs/decisions/0005). If the two ever ran apart, the query would see no context and read nothing.
   */
  public <T> List<T> readOnce(UUID workspaceId, String sql, Row<T> row, Object... params) {
    if (workspaceId == null) {
      throw new WorkspaceContextMissingException();
    }
    return jdbi.withHandle(h -> {
      try {
        return readOnce(h.getConnection(), workspaceId, sql, row, params);
      } catch (SQLException e) {
        throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
      }
    });
  }

  private static <T> List<T> readOnce(Connection c, UUID workspaceId, String sql, Row<T> row, Object... params)
      throws SQLException {
    c.setAutoCommit(true); // the batch's implicit transaction is the scope
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.workspace_id', ?, true); " + sql)) {
      // Never a server-side prepared statement: once pgjdbc switched this batch to named statements (its 5th
      // execution on a connection) the query read no rows at all (fail-closed, but wrong; ReadOnceRepeatTest).
      ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
      ps.setString(1, workspaceId.toString());
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 2, params[i]);
      }
      ps.execute();
      if (!ps.getMoreResults()) {
        throw new IllegalStateException("readOnce expects a query that returns rows");
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.getResultSet()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
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
