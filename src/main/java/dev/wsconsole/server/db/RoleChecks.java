package dev.wsconsole.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Checks on the current role: no superuser, no BYPASSRLS, owns nothing, member of no other role. */
final class RoleChecks {
  private static final String ME = "(SELECT oid FROM pg_roles WHERE rolname = current_user)";

  private RoleChecks() {}

  static List<String> problems(Connection c) throws SQLException {
    List<String> problems = new ArrayList<>();
    String[] attrs = IsolationLint.CatalogRows.query(c,
        "SELECT rolname, rolsuper::text, rolbypassrls::text FROM pg_roles WHERE rolname = current_user").get(0);
    if (Boolean.parseBoolean(attrs[1])) {
      problems.add("role " + attrs[0] + " is a superuser, which ignores row-level security");
    }
    if (Boolean.parseBoolean(attrs[2])) {
      problems.add("role " + attrs[0] + " has BYPASSRLS, which ignores row-level security");
    }
    String owned = "SELECT 'table ' || oid::regclass::text FROM pg_class WHERE relowner = " + ME
        + " UNION ALL SELECT 'function ' || oid::regprocedure::text FROM pg_proc WHERE proowner = " + ME
        + " UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspowner = " + ME
        + " UNION ALL SELECT 'type ' || oid::regtype::text FROM pg_type WHERE typowner = " + ME
        + "   AND typrelid = 0 AND typelem = 0"
        + " UNION ALL SELECT 'database ' || datname FROM pg_database WHERE datdba = " + ME
        + " ORDER BY 1 LIMIT 20";
    for (String[] row : IsolationLint.CatalogRows.query(c, owned)) {
      problems.add("role " + attrs[0] + " owns " + row[0] + " (an owner can disable row-level security)");
    }
    String memberOf = "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
        + " WHERE m.member = " + ME + " ORDER BY 1";
    for (String[] row : IsolationLint.CatalogRows.query(c, memberOf)) {
      problems.add("role " + attrs[0] + " is a member of " + row[0] + " and could act with its rights");
    }
    return problems;
  }
}
