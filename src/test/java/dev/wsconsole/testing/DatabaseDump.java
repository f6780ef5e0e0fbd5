package dev.wsconsole.testing;

import dev.wsconsole.server.db.DatabaseTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every table in the product's schema as text, read as the administering role with
 * each workspace's context in turn (row-level security is forced even on the owner).
 */
public final class DatabaseDump {
  private DatabaseDump() {}

  public static String dump(DatabaseTarget target) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = TestDatabases.admin(target); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("SET ROLE console_owner");
      List<String> workspaces = column(st, "SELECT id::text FROM console.workspaces");
      List<String> tables = column(st, "SELECT 'console.' || relname FROM pg_class c JOIN pg_namespace n"
          + " ON n.oid = c.relnamespace WHERE n.nspname = 'console' AND c.relkind = 'r' ORDER BY 1");
      for (String ws : workspaces) {
        st.execute("SELECT set_config('app.workspace_id', '" + ws + "', true)");
        for (String table : tables) {
          for (String row : column(st, "SELECT t::text FROM " + table + " t")) {
            out.append(table).append(' ').append(row).append('\n');
          }
        }
      }
      c.rollback();
    }
    return out.toString();
  }

  private static List<String> column(Statement st, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
