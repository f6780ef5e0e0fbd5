package dev.wsconsole.testing;

import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.testing.TenantCatalog.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Attacks one tenant table as console_app and returns every way isolation failed (empty = held):
 * no context (never set, and set then committed on the same pooled connection), and workspace A
 * reading, changing, deleting, inserting into and moving rows towards workspace B.
 */
public final class IsolationProbe {
  private final Jdbi jdbi;
  private final TenantTx tx;
  private final RowFactory rows;
  private final Connection freshApp;
  private final UUID a;
  private final UUID b;
  private final UUID c;

  /**
   * {@code jdbi} must sit on a console_app pool of size 1; {@code freshApp} a never-scoped connection;
   * {@code a} and {@code b} the attacker and the victim; {@code c} an empty workspace that reuses A's keys.
   */
  public IsolationProbe(Jdbi jdbi, RowFactory rows, Connection freshApp, UUID a, UUID b, UUID c) {
    this.jdbi = jdbi;
    this.tx = new TenantTx(jdbi);
    this.rows = rows;
    this.freshApp = freshApp;
    this.a = a;
    this.b = b;
    this.c = c;
  }

  public List<String> attack(Table table) throws SQLException {
    List<String> failures = new ArrayList<>();
    Map<String, String> rowA = tx.call(a, h -> unchecked(() -> rows.insert(h.getConnection(), table, a)));
    Map<String, String> rowB = tx.call(b, h -> unchecked(() -> rows.insert(h.getConnection(), table, b)));
    String where = keyWhere(table);

    // No context, never set: a brand-new connection.
    expectCount(failures, "no context (never set) SELECT", freshApp, "SELECT count(*) FROM " + table.name(), 0);
    expectDenied(failures, "no context (never set) INSERT", freshApp, table, newRowLike(table, rowA));
    // No context after a committed scoped transaction on the same pooled connection.
    long seenByA = tx.call(a, h -> h.createQuery("SELECT count(*) FROM " + table.name()).mapTo(Long.class).one());
    if (seenByA < 1) {
      failures.add("workspace A cannot see its own row");
    }
    jdbi.useHandle(h -> unchecked(() -> {
      Connection pooled = h.getConnection();
      pooled.setAutoCommit(false); // a request's explicit transaction that never set a context
      expectCount(failures, "no context (set then committed) SELECT", pooled, "SELECT count(*) FROM " + table.name(), 0);
      expectDenied(failures, "no context (set then committed) INSERT", pooled, table, newRowLike(table, rowA));
      pooled.rollback();
      pooled.setAutoCommit(true);
      return null;
    }));

    Set<String> secretsOfB = RowFactory.secretValues(rowB);
    tx.run(a, h -> unchecked(() -> {
      Connection c = h.getConnection();
      expectTouched(failures, "A selects B's row by key", c, "SELECT count(*) FROM " + table.name() + where, rowB, 0);
      expectTouched(failures, "A updates B's row by key", c, "UPDATE " + table.name() + " SET workspace_id = workspace_id" + where, rowB, 0);
      expectTouched(failures, "A deletes B's row by key", c, "DELETE FROM " + table.name() + where, rowB, 0);
      Map<String, String> intoB = newRowLike(table, rowA);
      intoB.put("workspace_id", b.toString());
      String message = expectDenied(failures, "A inserts a row with workspace_id = B", c, table, intoB);
      leakCheck(failures, message, secretsOfB);
      message = expectUpdateDenied(failures, "A moves its row to B", c,
          "UPDATE " + table.name() + " SET workspace_id = CAST(? AS uuid)" + where, b.toString(), rowA);
      leakCheck(failures, message, secretsOfB);
      return null;
    }));
    duplicateNaturalKeys(failures, table, rowA);
    return failures;
  }

  /** Each unique key's values of A's row, reused in another workspace, must not conflict with A. */
  private void duplicateNaturalKeys(List<String> failures, Table table, Map<String, String> rowA) {
    for (List<String> unique : table.uniqueKeys()) {
      try {
        tx.run(c, h -> unchecked(() -> {
          Map<String, String> dup = rows.build(h.getConnection(), table, c);
          boolean isForeign = table.foreignKeys().stream().anyMatch(fk -> !fk.columns().equals(List.of("workspace_id")));
          for (String col : unique) {
            boolean fkColumn = isForeign && table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(col)
                && !col.equals("workspace_id"));
            if (!col.equals("workspace_id") && !fkColumn && rowA.get(col) != null) {
              dup.put(col, rowA.get(col));
            }
          }
          var savepoint = h.getConnection().setSavepoint();
          RowFactory.execute(h.getConnection(), table, dup);
          h.getConnection().rollback(savepoint); // keep C empty of this table for the next key
          return null;
        }));
      } catch (RuntimeException e) {
        failures.add("B cannot reuse A's values of unique key " + unique + ": " + e.getMessage());
      }
    }
  }

  private Map<String, String> newRowLike(Table table, Map<String, String> row) {
    Map<String, String> copy = new LinkedHashMap<>(row);
    for (String col : table.primaryKey()) {
      // A fresh value for each id-like key column; a timestamp in a key (a counting window) keeps its sample.
      String value = copy.get(col);
      if (!col.equals("workspace_id") && value != null && (value.startsWith("probe-") || isUuid(value))) {
        copy.put(col, UUID.randomUUID().toString());
      }
    }
    for (List<String> unique : table.uniqueKeys()) {
      for (String col : unique) {
        if (!col.equals("workspace_id") && copy.get(col) != null && copy.get(col).startsWith("probe-")) {
          copy.put(col, "probe-" + UUID.randomUUID());
        }
      }
    }
    return copy;
  }

  private static String keyWhere(Table table) {
    StringBuilder where = new StringBuilder(" WHERE ");
    List<String> key = table.primaryKey();
    for (int i = 0; i < key.size(); i++) {
      where.append(i == 0 ? "" : " AND ").append(key.get(i)).append(" = CAST(? AS ")
          .append(table.columns().get(key.get(i)).type()).append(')');
    }
    return where.toString();
  }

  private static void expectCount(List<String> failures, String what, Connection c, String sql, long expected)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(1) != expected) {
        failures.add(what + " saw " + rs.getLong(1) + " rows, expected " + expected);
      }
    }
    c.rollback();
  }

  private static void expectTouched(List<String> failures, String what, Connection c, String sql,
                                    Map<String, String> keyRow, long expected) throws SQLException {
    String[] key = sql.substring(sql.indexOf(" WHERE ")).replaceAll(" = CAST\\(\\? AS [^)]*\\)", "").replace(" WHERE ", "")
        .split(" AND ");
    var savepoint = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < key.length; i++) {
        ps.setObject(i + 1, keyRow.get(key[i].strip()), java.sql.Types.OTHER);
      }
      long touched = ps.execute() ? countOf(ps.getResultSet()) : ps.getUpdateCount();
      if (touched != expected) {
        failures.add(what + " touched " + touched + " rows, expected " + expected);
      }
    } catch (SQLException e) {
      if (!"42501".equals(e.getSQLState())) { // append-only tables refuse UPDATE/DELETE outright: fine
        throw e;
      }
    } finally {
      c.rollback(savepoint);
    }
  }

  private static long countOf(ResultSet rs) throws SQLException {
    rs.next();
    return rs.getLong(1);
  }

  /** Expects the insert to be refused by row-level security (SQLSTATE 42501); returns the message. */
  private static String expectDenied(List<String> failures, String what, Connection c, Table table,
                                     Map<String, String> row) throws SQLException {
    var savepoint = c.setSavepoint();
    try {
      RowFactory.execute(c, table, row);
      failures.add(what + " succeeded");
      return "";
    } catch (SQLException e) {
      if (!"42501".equals(e.getSQLState())) {
        failures.add(what + " failed for another reason than row-level security: " + e.getSQLState());
      }
      return e.getMessage();
    } finally {
      c.rollback(savepoint);
    }
  }

  private static String expectUpdateDenied(List<String> failures, String what, Connection c, String sql,
                                           String newWorkspace, Map<String, String> row) throws SQLException {
    var savepoint = c.setSavepoint();
    String[] key = sql.substring(sql.indexOf(" WHERE ")).replaceAll(" = CAST\\(\\? AS [^)]*\\)", "")
        .replace(" WHERE ", "").split(" AND ");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, newWorkspace, java.sql.Types.OTHER);
      for (int i = 0; i < key.length; i++) {
        ps.setObject(i + 2, row.get(key[i].strip()), java.sql.Types.OTHER);
      }
      int n = ps.executeUpdate();
      failures.add(what + " succeeded (" + n + " rows)");
      return "";
    } catch (SQLException e) {
      if (!"42501".equals(e.getSQLState())) {
        failures.add(what + " failed for another reason than row-level security: " + e.getSQLState());
      }
      return e.getMessage();
    } finally {
      c.rollback(savepoint);
    }
  }

  private static void leakCheck(List<String> failures, String message, Set<String> secrets) {
    for (String secret : secrets) {
      if (message != null && message.contains(secret)) {
        failures.add("an error message carries a value of workspace B: " + message);
      }
    }
  }

  /** SQL in lambdas: checked exceptions become unchecked. */
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static <T> T unchecked(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static boolean isUuid(String value) {
    try {
      UUID.fromString(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
