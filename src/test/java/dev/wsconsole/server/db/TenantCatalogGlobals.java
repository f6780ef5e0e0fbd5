package dev.wsconsole.server.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The product's global tables (its schema's tables without workspace_id), read from the catalog. */
final class TenantCatalogGlobals {
  private TenantCatalogGlobals() {}

  static List<String> globalTables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery("SELECT n.nspname || '.' || cl.relname FROM pg_class cl"
        + " JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE cl.relkind IN ('r', 'p') AND n.nspname = 'console'"
        + " AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = cl.oid AND a.attname = 'workspace_id')"
        + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
