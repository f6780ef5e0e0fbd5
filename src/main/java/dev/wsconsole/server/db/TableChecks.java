package dev.wsconsole.server.db;

import dev.wsconsole.model.wire.TableVerdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks on one table: its policy, grants, keys and indexes against the isolation rules. */
final class TableChecks {
  private TableChecks() {}

  static TableVerdict verdict(Connection c, long oid, String table, boolean tenant, boolean rls, boolean forced)
      throws SQLException {
    List<String> problems = new ArrayList<>();
    if (!tenant) {
      for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
        if (hasPrivilege(c, oid, privilege)) {
          problems.add("the app role has " + privilege + " on a table without workspace_id");
        }
      }
      return new TableVerdict(table, false, rls, forced, "-", problems);
    }
    if (!rls) {
      problems.add("row-level security is not enabled");
    }
    if (!forced) {
      problems.add("row-level security is not forced (the owner would bypass it)");
    }
    String policy = policyProblems(c, oid, problems);
    for (String privilege : List.of("TRUNCATE", "REFERENCES", "TRIGGER")) {
      if (hasPrivilege(c, oid, privilege)) {
        problems.add("the app role has " + privilege + ", which row-level security does not govern");
      }
    }
    List<String[]> notNull = IsolationLint.CatalogRows.query(c,
        "SELECT attnotnull::text FROM pg_attribute WHERE attrelid = ? AND attname = 'workspace_id'", oid);
    if (!Boolean.parseBoolean(notNull.get(0)[0])) {
      problems.add("workspace_id is nullable");
    }
    keyProblems(c, oid, problems);
    return new TableVerdict(table, true, rls, forced, policy, problems);
  }

  private static String policyProblems(Connection c, long oid, List<String> problems) throws SQLException {
    List<String[]> policies = IsolationLint.CatalogRows.query(c,
        "SELECT polname, polcmd::text, polpermissive::text,"
            + " coalesce(pg_get_expr(polqual, polrelid), ''), coalesce(pg_get_expr(polwithcheck, polrelid), '')"
            + " FROM pg_policy WHERE polrelid = ? ORDER BY polname", oid);
    if (policies.isEmpty()) {
      problems.add("no policy");
      return "-";
    }
    if (policies.size() > 1) {
      problems.add(policies.size() + " policies; exactly one workspace policy is allowed (permissive ones add up)");
    }
    for (String[] p : policies) {
      String name = p[0];
      if (!p[1].equals("*")) {
        problems.add("policy " + name + " covers only command " + p[1] + ", not all commands");
      }
      checkExpression(name, "USING", p[3], problems);
      checkExpression(name, "WITH CHECK", p[4], problems);
    }
    return policies.size() == 1 ? policies.get(0)[0] : policies.size() + " policies";
  }

  private static void checkExpression(String policy, String clause, String expr, List<String> problems) {
    if (expr.equals(IsolationLint.WORKSPACE_POLICY)) {
      return;
    }
    String lower = expr.toLowerCase(Locale.ROOT);
    if (expr.isEmpty()) {
      problems.add("policy " + policy + " has no " + clause + " expression");
    } else if (lower.contains("true") || lower.contains("null") || lower.contains("coalesce")) {
      problems.add("policy " + policy + " " + clause + " grants on NULL/true/coalesce: " + expr);
    } else if (lower.contains("select")) {
      problems.add("policy " + policy + " " + clause + " uses a subquery: " + expr);
    } else {
      problems.add("policy " + policy + " " + clause + " is not " + IsolationLint.WORKSPACE_POLICY + ": " + expr);
    }
  }

  private static void keyProblems(Connection c, long oid, List<String> problems) throws SQLException {
    for (String[] idx : IsolationLint.CatalogRows.query(c,
        "SELECT i.indexrelid::regclass::text, coalesce(a.attname, '(expression)')"
            + " FROM pg_index i LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
            + " WHERE i.indrelid = ?", oid)) {
      if (!idx[1].equals("workspace_id")) {
        problems.add("index " + idx[0] + " leads with " + idx[1] + ", not workspace_id");
      }
    }
    // Foreign keys to other tenant tables must carry workspace_id on both sides, at the same position.
    for (String[] fk : IsolationLint.CatalogRows.query(c,
        "SELECT con.conname FROM pg_constraint con"
            + " WHERE con.contype = 'f' AND con.conrelid = ?"
            + " AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = con.confrelid AND t.attname = 'workspace_id')"
            + " AND NOT EXISTS (SELECT 1 FROM generate_subscripts(con.conkey, 1) k"
            + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[k]"
            + "   JOIN pg_attribute b ON b.attrelid = con.confrelid AND b.attnum = con.confkey[k]"
            + "   WHERE a.attname = 'workspace_id' AND b.attname = 'workspace_id')", oid)) {
      problems.add("foreign key " + fk[0] + " joins another tenant table without matching workspace_id");
    }
  }

  private static boolean hasPrivilege(Connection c, long oid, String privilege) throws SQLException {
    return Boolean.parseBoolean(IsolationLint.CatalogRows.query(c,
        "SELECT has_table_privilege(current_user, ?::oid, ?)::text", oid, privilege).get(0)[0]);
  }
}
