package dev.wsconsole.server.db;

import dev.wsconsole.model.wire.IsolationReport;
import dev.wsconsole.model.wire.TableVerdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the catalog, as the role the app serves as, and reports every way isolation could fail:
 * an old server, a privileged or owning app role, a tenant table without ENABLE+FORCE or with a
 * policy other than the single workspace policy, a global table the app can reach directly, a view
 * without security_invoker, a SECURITY DEFINER function off the allow-list, or a function that sets the
 * workspace scope itself off the scoping allow-list or with the definer's rights.
 */
public final class IsolationLint {
  /** The only policy expression a tenant table may carry, for USING and for WITH CHECK alike. */
  public static final String WORKSPACE_POLICY = "(workspace_id = app.current_workspace())";
  /** SECURITY DEFINER functions that may exist (regprocedure text); each has its own cross-workspace test. */
  public static final Set<String> SECURITY_DEFINER_ALLOW_LIST = Set.of(
      "app.sync_user_workspaces()",
      "app.user_workspace_ids(uuid)",
      "app.workspace_directory(uuid[])",
      "app.create_workspace(uuid,text,text,text,text,text)",
      "app.update_workspace(uuid,text,text,text,boolean,boolean,text[])",
      "app.find_user(text)",
      "app.get_user(uuid)",
      "app.create_user(uuid,text,text,text)",
      "app.count_users()",
      "app.first_user_id()",
      "app.sign_in_begin(text,text)",
      "app.sign_in_finish(uuid,bytea,uuid,bytea)",
      "app.session_by_digest(bytea)",
      "app.touch_session(uuid)",
      "app.end_session(uuid)",
      "app.users_by_ids(uuid[])",
      "app.claim_phone_number(text,uuid)",
      "app.release_phone_number(text,uuid)",
      "app.restore_workspace(uuid)");

  /**
   * Functions that may set the workspace scope themselves (regprocedure text): SECURITY INVOKER, one
   * statement that scopes and reads, called only through {@code TenantTx.readThrough} (decision 0020).
   */
  public static final Set<String> SCOPING_FUNCTION_ALLOW_LIST = Set.of(
      "app.api_key_page(uuid,uuid,integer,bigint)",
      "app.record_phi_access(uuid,uuid,text,text,text,text[],text,text[])");

  private static final String SYSTEM_SCHEMAS = "('pg_catalog', 'information_schema', 'pg_toast')";
  private final Connection connection;

  private IsolationLint(Connection connection) {
    this.connection = connection;
  }

  /** Runs every check over the given connection, which should be the app role's. */
  public static IsolationReport run(Connection connection) throws SQLException {
    return new IsolationLint(connection).report();
  }

  private IsolationReport report() throws SQLException {
    // Catalog text (policy expressions, function names) must print fully qualified, whatever the
    // role's search_path; transaction-local, so the caller's rollback restores it.
    rows("SELECT set_config('search_path', 'pg_catalog', true)");
    String version = scalar("SELECT current_setting('server_version')");
    int versionNum = Integer.parseInt(scalar("SELECT current_setting('server_version_num')"));
    String role = scalar("SELECT current_user");
    List<String> roleProblems = new ArrayList<>();
    if (versionNum < 150000) {
      roleProblems.add("PostgreSQL " + version + " is older than 15, the oldest this product supports");
    }
    roleProblems.addAll(RoleChecks.problems(connection));
    roleProblems.addAll(definerFunctionProblems());
    roleProblems.addAll(scopingFunctionProblems());
    roleProblems.addAll(viewProblems());
    List<TableVerdict> tables = new ArrayList<>();
    for (String[] row : rows("SELECT c.oid::text, n.nspname || '.' || c.relname, "
        + " EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id'"
        + "   AND NOT a.attisdropped)::text,"
        + " c.relrowsecurity::text, c.relforcerowsecurity::text"
        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN " + SYSTEM_SCHEMAS + " AND n.nspname NOT LIKE 'pg_temp%'"
        + " ORDER BY 2")) {
      tables.add(TableChecks.verdict(connection, Long.parseLong(row[0]), row[1], Boolean.parseBoolean(row[2]),
          Boolean.parseBoolean(row[3]), Boolean.parseBoolean(row[4])));
    }
    tables.removeIf(t -> !t.tenant() && t.passed() && !t.table().startsWith(Roles.TABLE_SCHEMA + "."));
    return new IsolationReport(version, role, roleProblems, tables);
  }

  private List<String> definerFunctionProblems() throws SQLException {
    List<String> problems = new ArrayList<>();
    for (String[] row : rows("SELECT p.oid::regprocedure::text, coalesce(array_to_string(p.proconfig, ','), '')"
        + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        + " WHERE p.prosecdef AND n.nspname NOT IN " + SYSTEM_SCHEMAS)) {
      if (!SECURITY_DEFINER_ALLOW_LIST.contains(row[0])) {
        problems.add("SECURITY DEFINER function " + row[0] + " is not on the allow-list");
      }
      if (!row[1].toLowerCase(Locale.ROOT).contains("search_path=")) {
        problems.add("SECURITY DEFINER function " + row[0] + " does not pin its search_path");
      }
    }
    return problems;
  }

  /** Whether {@code name} (schema-qualified, no arguments) is an allow-listed scoping function. */
  public static boolean isScopingFunction(String name) {
    return SCOPING_FUNCTION_ALLOW_LIST.stream().anyMatch(f -> f.startsWith(name + "("));
  }

  /** Any function whose body sets app.workspace_id is a scoping function and must follow their rules. */
  private List<String> scopingFunctionProblems() throws SQLException {
    List<String> problems = new ArrayList<>();
    for (String[] row : rows("SELECT p.oid::regprocedure::text, p.prosecdef::text,"
        + " coalesce(array_to_string(p.proconfig, ','), '')"
        + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        + " WHERE n.nspname NOT IN " + SYSTEM_SCHEMAS
        + " AND p.prosrc ~* 'set_config\\s*\\(\\s*''app\\.workspace_id'''")) {
      if (!SCOPING_FUNCTION_ALLOW_LIST.contains(row[0])) {
        problems.add("function " + row[0] + " sets the workspace scope but is not on the scoping allow-list");
      }
      if (Boolean.parseBoolean(row[1])) {
        problems.add("scoping function " + row[0] + " is SECURITY DEFINER; it must run with the caller's rights");
      }
      if (!row[2].toLowerCase(Locale.ROOT).contains("search_path=")) {
        problems.add("scoping function " + row[0] + " does not pin its search_path");
      }
    }
    return problems;
  }

  private List<String> viewProblems() throws SQLException {
    List<String> problems = new ArrayList<>();
    for (String[] row : rows("SELECT c.oid::regclass::text, c.relkind::text,"
        + " coalesce(array_to_string(c.reloptions, ','), '')"
        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN " + SYSTEM_SCHEMAS)) {
      if (row[1].equals("m")) {
        problems.add("materialized view " + row[0] + " cannot carry row-level security");
      } else if (!row[2].toLowerCase(Locale.ROOT).matches(".*security_invoker=(true|on|1).*")) {
        problems.add("view " + row[0] + " lacks security_invoker, so it would read as its owner");
      }
    }
    return problems;
  }

  private String scalar(String sql) throws SQLException {
    return rows(sql).get(0)[0];
  }

  private List<String[]> rows(String sql) throws SQLException {
    return CatalogRows.query(connection, sql);
  }

  /** Shared helper: a query's rows as string arrays. */
  static final class CatalogRows {
    private CatalogRows() {}

    static List<String[]> query(Connection c, String sql, Object... params) throws SQLException {
      List<String[]> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
              row[i] = rs.getString(i + 1);
            }
            out.add(row);
          }
        }
      }
      return out;
    }
  }
}
