package dev.wsconsole.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant tables as the catalog describes them (every table with a workspace_id column), with
 * what the isolation suite needs to fill a row: columns, foreign keys and unique keys. Never hand-listed.
 */
public final class TenantCatalog {

  /** One column: SQL type text, nullability, default, and enum labels when it is an enum. */
  public record Column(String name, String type, boolean notNull, boolean hasDefault, List<String> enumLabels) {}

  /** A foreign key: local columns to the referenced table's columns. */
  public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {}

  /** A table and its keys. */
  public record Table(String name, Map<String, Column> columns, List<String> primaryKey,
                      List<List<String>> uniqueKeys, List<ForeignKey> foreignKeys) {}

  private TenantCatalog() {}

  public static List<Table> tenantTables(Connection c) throws SQLException {
    List<Table> tables = new ArrayList<>();
    for (String name : TestDatabases.column(c, "SELECT n.nspname || '.' || cl.relname FROM pg_class cl"
        + " JOIN pg_namespace n ON n.oid = cl.relnamespace"
        + " WHERE cl.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
        + " AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = cl.oid AND a.attname = 'workspace_id'"
        + "   AND NOT a.attisdropped) ORDER BY 1")) {
      tables.add(describe(c, name));
    }
    return tables;
  }

  public static Table describe(Connection c, String table) throws SQLException {
    Map<String, Column> columns = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
        + " a.attnotnull, a.atthasdef,"
        + " (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] FROM pg_enum e WHERE e.enumtypid = a.atttypid)"
        + " FROM pg_attribute a WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped"
        + " ORDER BY a.attnum")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> labels = rs.getArray(5) == null ? List.of() : List.of((String[]) rs.getArray(5).getArray());
          columns.put(rs.getString(1), new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3),
              rs.getBoolean(4), labels));
        }
      }
    }
    List<List<String>> pk = keys(c, table, "p");
    List<List<String>> unique = keys(c, table, "u");
    return new Table(table, columns, pk.isEmpty() ? List.of() : pk.get(0), unique, foreignKeys(c, table));
  }

  private static List<List<String>> keys(Connection c, String table, String type) throws SQLException {
    List<List<String>> keys = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT array_agg(a.attname ORDER BY k.i)::text[]"
        + "   FROM generate_subscripts(con.conkey, 1) k(i)"
        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[k.i])"
        + " FROM pg_constraint con WHERE con.conrelid = ?::regclass AND con.contype = ?::\"char\" ORDER BY con.conname")) {
      ps.setString(1, table);
      ps.setString(2, type);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(List.of((String[]) rs.getArray(1).getArray()));
        }
      }
    }
    return keys;
  }

  private static List<ForeignKey> foreignKeys(Connection c, String table) throws SQLException {
    List<ForeignKey> fks = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT"
        + " (SELECT array_agg(a.attname ORDER BY k.i)::text[] FROM generate_subscripts(con.conkey, 1) k(i)"
        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[k.i]),"
        + " (SELECT n.nspname || '.' || cl.relname FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace"
        + "   WHERE cl.oid = con.confrelid),"
        + " (SELECT array_agg(a.attname ORDER BY k.i)::text[] FROM generate_subscripts(con.confkey, 1) k(i)"
        + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = con.confkey[k.i])"
        + " FROM pg_constraint con WHERE con.conrelid = ?::regclass AND con.contype = 'f' ORDER BY con.conname")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          fks.add(new ForeignKey(List.of((String[]) rs.getArray(1).getArray()), rs.getString(2),
              List.of((String[]) rs.getArray(3).getArray())));
        }
      }
    }
    return fks;
  }

}
