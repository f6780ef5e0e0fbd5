package dev.wsconsole.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Account-level directory reads (an account's workspaces) in one read-only transaction whose first statement
 * names the account they act for with a transaction-local setting, {@code app.user_id}: the directory functions
 * answer only for that account, as tenant tables answer only for {@code app.workspace_id} (decision 0036).
 */
public final class AccountTx {
  private final Jdbi jdbi;

  public AccountTx(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One read query acting for {@code userId}; parameters bind in order ({@code ?}). */
  public <T> List<T> query(UUID userId, String sql, TenantTx.Row<T> row, Object... params) {
    Objects.requireNonNull(userId, "an account-level read needs the account it acts for");
    return jdbi.inTransaction(h -> {
      try {
        h.getConnection().setReadOnly(true); // the pool puts it back to read-write when the handle closes
        // set_config(..., true) is local to this transaction; the value is a UUID's text, never user text.
        try (PreparedStatement scope = h.getConnection().prepareStatement("SELECT set_config('app.user_id', ?, true)")) {
          scope.setString(1, userId.toString());
          scope.execute();
        }
        try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
          for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
          }
          List<T> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(row.map(rs));
            }
          }
          return out;
        }
      } catch (SQLException e) {
        throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
      }
    });
  }
}
