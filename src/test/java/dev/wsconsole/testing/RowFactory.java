package dev.wsconsole.testing;

import dev.wsconsole.testing.TenantCatalog.Column;
import dev.wsconsole.testing.TenantCatalog.ForeignKey;
import dev.wsconsole.testing.TenantCatalog.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fills and inserts a valid row of any tenant table from its catalog description alone (parents
 * first, in the same workspace), so the isolation suite needs no per-table fixture.
 */
public final class RowFactory {
  private final Map<String, Table> tables;
  private final String globalUserId;

  /** {@code globalUserId}: an existing console.users id, for foreign keys to the identity table. */
  public RowFactory(List<Table> tenantTables, String globalUserId) {
    this.tables = new LinkedHashMap<>();
    tenantTables.forEach(t -> tables.put(t.name(), t));
    this.globalUserId = globalUserId;
  }

  /** Builds a row for {@code table} in {@code workspace}, inserting its required parents on {@code c}. */
  public Map<String, String> build(Connection c, Table table, UUID workspace) throws SQLException {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("workspace_id", workspace.toString());
    for (ForeignKey fk : table.foreignKeys()) {
      List<String> local = new ArrayList<>(fk.columns());
      local.remove("workspace_id");
      boolean required = local.stream().anyMatch(col -> table.columns().get(col).notNull());
      if (local.isEmpty() || !required) {
        continue;
      }
      if (tables.containsKey(fk.referencedTable())) {
        Map<String, String> parent = insert(c, tables.get(fk.referencedTable()), workspace);
        for (int i = 0; i < fk.columns().size(); i++) {
          row.put(fk.columns().get(i), parent.get(fk.referencedColumns().get(i)));
        }
      } else {
        local.forEach(col -> row.put(col, globalUserId));
      }
    }
    for (Column col : table.columns().values()) {
      boolean needed = col.notNull() && !col.hasDefault() || table.primaryKey().contains(col.name());
      if (!row.containsKey(col.name()) && needed) {
        row.put(col.name(), sample(col));
      }
    }
    return row;
  }

  /** Builds and inserts a row; the connection must already be scoped to {@code workspace}. */
  public Map<String, String> insert(Connection c, Table table, UUID workspace) throws SQLException {
    Map<String, String> row = build(c, table, workspace);
    execute(c, table, row);
    return row;
  }

  /** INSERTs exactly these column values. */
  public static void execute(Connection c, Table table, Map<String, String> row) throws SQLException {
    List<String> names = new ArrayList<>(row.keySet());
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (")
        .append(String.join(", ", names)).append(") VALUES (");
    for (int i = 0; i < names.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(table.columns().get(names.get(i)).type()).append(')');
    }
    try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
      for (int i = 0; i < names.size(); i++) {
        ps.setObject(i + 1, row.get(names.get(i)), Types.OTHER);
      }
      ps.executeUpdate();
    }
  }

  /** The text values of a row that another workspace could not have guessed (for leak checks). */
  public static Set<String> secretValues(Map<String, String> row) {
    Set<String> values = new HashSet<>();
    row.forEach((k, v) -> {
      if (v != null && v.startsWith("probe-")) {
        values.add(v);
      }
    });
    return values;
  }

  private static final String SAMPLE_TIME =
      java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

  /** A value of the column's type that satisfies the schema's checks. */
  static String sample(Column col) {
    if (!col.enumLabels().isEmpty()) {
      return col.enumLabels().get(0);
    }
    String type = col.type();
    if (type.endsWith("[]")) {
      return "{}";
    }
    switch (type) {
      case "uuid":
        return UUID.randomUUID().toString();
      case "smallint": case "integer": case "bigint": case "real": case "double precision": case "numeric":
        return "1";
      case "boolean":
        return "false";
      case "jsonb": case "json":
        return "{}";
      case "bytea":
        return "\\x" + UUID.randomUUID().toString().replace("-", "");
      case "timestamp with time zone": case "timestamp without time zone": case "date":
        return SAMPLE_TIME; // one fixed instant, not 'now': a key that holds it must match again later
      default:
        return "probe-" + UUID.randomUUID();
    }
  }
}
