package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every function that sets the workspace scope itself (decision 0020), called as console_app: it reads
 * only the workspace it is given, refuses none, never moves a transaction scoped to another workspace,
 * and leaves no scope behind.
 */
@Tag("database")
class ScopingFunctionsTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("scoping_functions");
  private static final Tenant north = tenants.workspace("north", Environment.STAGING, "alice@north.example")
      .keys(Role.VIEWER);
  private static final Tenant south = tenants.workspace("south", Environment.PRODUCTION, "bob@south.example")
      .keys(Role.OWNER, Role.VIEWER);

  private static Connection app() throws SQLException {
    Connection c = TestDatabases.app(tenants.api().target);
    c.setAutoCommit(true);
    return c;
  }

  @Test
  void theAllowListMatchesTheFunctionsThatSetTheScope() throws SQLException {
    try (Connection c = app()) {
      TestDatabases.column(c, "SELECT set_config('search_path', 'pg_catalog', false)");
      Set<String> present = new HashSet<>(TestDatabases.column(c, "SELECT p.oid::regprocedure::text FROM pg_proc p"
          + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
          + " AND p.prosrc ~* 'set_config\\s*\\(\\s*''app\\.workspace_id'''"));
      assertEquals(IsolationLint.SCOPING_FUNCTION_ALLOW_LIST, present);
    }
  }

  @Test
  void theKeyPageReadsOnlyTheWorkspaceItIsGivenAndLeavesNoScope() throws SQLException {
    try (Connection c = app()) {
      for (int i = 0; i < 12; i++) { // past the driver's prepare threshold and the server's custom plans
        assertEquals(List.of(south.id().toString(), south.id().toString()),
            TestDatabases.column(c, "SELECT workspace_id FROM app.api_key_page(?, NULL, 10, 0)", south.id()));
        assertEquals(List.of(north.id().toString()),
            TestDatabases.column(c, "SELECT workspace_id FROM app.api_key_page(?, NULL, 10, 0)", north.id()));
        assertEquals(List.of("0"), TestDatabases.column(c, "SELECT count(*) FROM console.api_keys"));
        assertEquals(List.of(""), TestDatabases.column(c, "SELECT coalesce(current_setting('app.workspace_id', true), '')"));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyScopingFunctionRefusesNoWorkspaceAndAnotherTransactionsScope() {
    return IsolationLint.SCOPING_FUNCTION_ALLOW_LIST.stream().map(signature -> DynamicTest.dynamicTest(signature, () -> {
      String name = signature.substring(0, signature.indexOf('('));
      int extra = signature.substring(signature.indexOf('(') + 1, signature.length() - 1).split(",").length - 1;
      String call = "SELECT count(*) FROM " + name + "(?" + ", NULL".repeat(extra) + ")";
      try (Connection c = app()) {
        SQLException none = assertThrows(SQLException.class, () -> TestDatabases.column(c, call, (Object) null));
        assertEquals("42501", none.getSQLState(), none.getMessage());
        c.setAutoCommit(false);
        TestDatabases.column(c, "SELECT set_config('app.workspace_id', ?, true)", north.id().toString());
        TestDatabases.column(c, call, north.id()); // its own workspace: allowed
        SQLException moved = assertThrows(SQLException.class, () -> TestDatabases.column(c, call, south.id()));
        assertEquals("42501", moved.getSQLState(), moved.getMessage());
        c.rollback();
      }
    }));
  }
}
