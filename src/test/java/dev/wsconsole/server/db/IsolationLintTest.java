package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.wsconsole.model.wire.IsolationReport;
import dev.wsconsole.model.wire.TableVerdict;
import dev.wsconsole.testing.IsolationProbe;
import dev.wsconsole.testing.RowFactory;
import dev.wsconsole.testing.TenantCatalog;
import dev.wsconsole.testing.TestDatabases;
import dev.wsconsole.testing.TestWorkspaces;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The startup lint passes the product's schema and names each way a schema or role breaks isolation. */
@Tag("database")
class IsolationLintTest {

  private static IsolationReport lintAsApp(DatabaseTarget target) throws SQLException {
    try (HikariDataSource pool = Database.appPool(target, TestDatabases.APP_PASSWORD, 1)) {
      return Database.lint(pool);
    }
  }

  private static void asOwner(DatabaseTarget target, String sql) throws SQLException {
    TestDatabases.adminExecute(target, "SET ROLE console_owner; " + sql);
  }

  @Test
  void theMigratedSchemaPassesWithEveryTenantTableForced() throws SQLException {
    IsolationReport report = lintAsApp(TestDatabases.fresh("lint_clean"));
    assertEquals(List.of(), report.problems());
    assertTrue(report.tables().stream().filter(TableVerdict::tenant).count() >= 24);
    assertTrue(report.tables().stream().filter(TableVerdict::tenant)
        .allMatch(t -> t.rlsEnabled() && t.rlsForced() && t.policy().equals("workspace_isolation")));
    assertTrue(report.render().contains("ISOLATION HOLDS"));
  }

  @Test
  void aTableAddedWithoutRlsInAMigrationFailsBothTheLintAndTheSuite() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_leaky");
    Migrator.migrate(target, "classpath:db/leaky");

    IsolationReport report = lintAsApp(target);
    assertFalse(report.passed());
    assertTrue(report.problems().contains("console.leaky_notes: row-level security is not enabled"), report.render());
    assertTrue(report.problems().contains("console.leaky_notes: no policy"));

    List<String> failures;
    try (Connection admin = TestDatabases.admin(target);
         HikariDataSource pool = Database.appPool(target, TestDatabases.APP_PASSWORD, 1);
         Connection fresh = TestDatabases.app(target)) {
      TenantCatalog.Table leaky = TenantCatalog.describe(admin, "console.leaky_notes");
      UUID a = TestWorkspaces.create(target, "leak-a", "development");
      UUID b = TestWorkspaces.create(target, "leak-b", "development");
      UUID c = TestWorkspaces.create(target, "leak-c", "development");
      RowFactory rows = new RowFactory(List.of(leaky), TestWorkspaces.createUser(target, "x@example.org").toString());
      failures = new IsolationProbe(Jdbi.create(pool), rows, fresh, a, b, c).attack(leaky);
    }
    assertTrue(failures.stream().anyMatch(f -> f.startsWith("no context (never set) SELECT saw")), failures.toString());
    assertTrue(failures.stream().anyMatch(f -> f.startsWith("A selects B's row by key touched 1")), failures.toString());
    assertTrue(failures.stream().anyMatch(f -> f.startsWith("A inserts a row with workspace_id = B succeeded")));
  }

  @Test
  void aPolicyThatGrantsOnNullIsNamed() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_null_policy");
    asOwner(target, "DROP POLICY workspace_isolation ON console.services;"
        + " CREATE POLICY workspace_isolation ON console.services"
        + " USING (workspace_id = app.current_workspace() OR app.current_workspace() IS NULL)"
        + " WITH CHECK (workspace_id = app.current_workspace())");
    List<String> problems = lintAsApp(target).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("console.services: policy workspace_isolation USING grants on NULL/true/coalesce"));
  }

  @Test
  void aSecondPermissivePolicyOrAnUnforcedTableIsNamed() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_two_policies");
    asOwner(target, "CREATE POLICY everyone ON console.calls USING (true);"
        + " ALTER TABLE console.entities NO FORCE ROW LEVEL SECURITY");
    List<String> problems = lintAsApp(target).problems();
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("console.calls: 2 policies")), problems.toString());
    assertTrue(problems.contains("console.calls: policy everyone USING grants on NULL/true/coalesce: true"));
    assertTrue(problems.contains("console.entities: row-level security is not forced (the owner would bypass it)"));
  }

  @Test
  void securityDefinerFunctionsOffTheAllowListOrWithoutSearchPathAreNamed() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_definer");
    asOwner(target, "CREATE FUNCTION app.peek() RETURNS bigint LANGUAGE sql SECURITY DEFINER"
        + " AS 'SELECT count(*) FROM console.users'");
    List<String> problems = lintAsApp(target).problems();
    assertTrue(problems.contains("SECURITY DEFINER function app.peek() is not on the allow-list"), problems.toString());
    assertTrue(problems.contains("SECURITY DEFINER function app.peek() does not pin its search_path"));
  }

  @Test
  void aFunctionThatSetsTheScopeOffTheAllowListOrAsDefinerIsNamed() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_scoping");
    asOwner(target, "CREATE FUNCTION app.enter(p uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
        + " SET search_path = pg_catalog AS $$ BEGIN PERFORM set_config('app.workspace_id', p::text, true); END $$");
    List<String> problems = lintAsApp(target).problems();
    assertTrue(problems.contains("function app.enter(uuid) sets the workspace scope but is not on the scoping allow-list"),
        problems.toString());
    assertTrue(problems.contains("scoping function app.enter(uuid) is SECURITY DEFINER; it must run with the caller's rights"));
  }

  @Test
  void aViewWithoutSecurityInvokerIsNamed() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_view");
    asOwner(target, "CREATE VIEW console.all_calls AS SELECT * FROM console.calls");
    assertTrue(lintAsApp(target).problems()
        .contains("view console.all_calls lacks security_invoker, so it would read as its owner"));
  }

  @Test
  void aRoleThatCouldBypassRlsOrTruncateIsNamed() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_roles");
    boolean adminIsSuperuser = adminIsSuperuser(target);
    String role = "lint_probe_" + UUID.randomUUID().toString().substring(0, 8);
    // Only a superuser may hand out BYPASSRLS; an external CREATEROLE admin tests the other findings.
    TestDatabases.adminExecute(target, "CREATE ROLE " + role + " LOGIN " + (adminIsSuperuser ? "BYPASSRLS " : "")
        + "PASSWORD '" + TestDatabases.APP_PASSWORD + "'; GRANT console_owner TO " + role
        + "; GRANT USAGE ON SCHEMA console, app TO " + role + "; GRANT SELECT, TRUNCATE ON console.events TO " + role);
    try (Connection c = java.sql.DriverManager.getConnection(target.jdbcUrl(), role, TestDatabases.APP_PASSWORD)) {
      c.setAutoCommit(false);
      List<String> problems = IsolationLint.run(c).problems();
      assertTrue(problems.contains("role " + role + " is a member of console_owner and could act with its rights"),
          problems.toString());
      assertTrue(problems.contains("console.events: the app role has TRUNCATE, which row-level security does not govern"));
      assertEquals(adminIsSuperuser, problems.contains("role " + role + " has BYPASSRLS, which ignores row-level security"));
    } finally {
      TestDatabases.adminExecute(target, "REVOKE ALL ON console.events FROM " + role
          + "; REVOKE ALL ON SCHEMA console, app FROM " + role + "; DROP ROLE " + role);
    }
  }

  @Test
  void servingAsTheAdministeringRoleIsRefused() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_admin");
    try (Connection admin = TestDatabases.admin(target)) {
      admin.setAutoCommit(false);
      List<String> problems = IsolationLint.run(admin).problems();
      String expected = adminIsSuperuser(target)
          ? "role " + target.adminUser() + " is a superuser, which ignores row-level security"
          : "role " + target.adminUser() + " is a member of console_owner and could act with its rights";
      assertTrue(problems.contains(expected), problems.toString());
    }
  }

  private static boolean adminIsSuperuser(DatabaseTarget target) throws SQLException {
    try (Connection admin = TestDatabases.admin(target);
         var rs = admin.createStatement().executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  @Test
  void startupRefusesADatabaseThatBreaksIsolationAndSaysWhy() throws SQLException {
    DatabaseTarget target = TestDatabases.fresh("lint_refuse");
    asOwner(target, "ALTER TABLE console.events DISABLE ROW LEVEL SECURITY");
    DatabaseOptions options = new DatabaseOptions(Path.of("unused"), TestDatabases.url(target),
        TestDatabases.APP_PASSWORD, 2);
    StartupRefusedException e = assertThrows(StartupRefusedException.class, () -> Database.open(options));
    assertTrue(e.getMessage().contains("console.events: row-level security is not enabled"), e.getMessage());
  }
}
