package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.wsconsole.testing.IsolationProbe;
import dev.wsconsole.testing.RowFactory;
import dev.wsconsole.testing.TenantCatalog;
import dev.wsconsole.testing.TestDatabases;
import dev.wsconsole.testing.TestWorkspaces;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The isolation suite: generated from the catalog, it attacks every tenant table as console_app
 * through a pool of size 1, and checks every global table is out of the app role's reach.
 */
@Tag("database")
class WorkspaceIsolationSuiteTest {
  private static DatabaseTarget target;
  private static HikariDataSource pool;
  private static Connection freshApp;
  private static IsolationProbe probe;
  private static List<TenantCatalog.Table> tables;

  @BeforeAll
  static void setUp() throws SQLException {
    target = TestDatabases.fresh("isolation_suite");
    try (Connection admin = TestDatabases.admin(target)) {
      tables = TenantCatalog.tenantTables(admin);
    }
    UUID a = TestWorkspaces.create(target, "clinic-a", "production");
    UUID b = TestWorkspaces.create(target, "clinic-b", "staging");
    UUID c = TestWorkspaces.create(target, "clinic-c", "development");
    String user = TestWorkspaces.createUser(target, "probe@example.org").toString();
    pool = Database.appPool(target, TestDatabases.APP_PASSWORD, 1);
    freshApp = TestDatabases.app(target);
    probe = new IsolationProbe(Jdbi.create(pool), new RowFactory(tables, user), freshApp, a, b, c);
  }

  @AfterAll
  static void tearDown() throws SQLException {
    freshApp.close();
    pool.close();
  }

  @Test
  void theCatalogNamesEveryTenantTableTheProductNeeds() {
    List<String> names = tables.stream().map(TenantCatalog.Table::name).toList();
    for (String expected : List.of("memberships", "api_keys", "console_sessions", "events", "entities",
        "entity_relationships", "data_sources", "agents", "agent_versions", "context_graphs",
        "context_graph_versions", "services", "phone_numbers", "calls", "call_sessions", "surfaces", "settings",
        "safety_config", "monitor_concepts", "operators", "review_items", "audit_events", "phi_access_events",
        "audit_exports")) {
      assertTrue(names.contains("console." + expected), "missing tenant table console." + expected);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyTenantTableHoldsIsolation() {
    assertFalse(tables.isEmpty(), "the catalog found no tenant table");
    return tables.stream().map(table -> DynamicTest.dynamicTest(table.name() + " holds isolation", () -> {
      List<String> failures = probe.attack(table);
      assertEquals(List.of(), failures, table.name());
    }));
  }

  @TestFactory
  Stream<DynamicTest> globalTablesAreOutOfTheAppRolesReach() throws SQLException {
    List<String> globals;
    try (Connection admin = TestDatabases.admin(target)) {
      globals = TenantCatalogGlobals.globalTables(admin);
    }
    assertTrue(globals.contains("console.workspaces") && globals.contains("console.users"));
    return globals.stream().map(table -> DynamicTest.dynamicTest(table + " refuses console_app", () -> {
      SQLException e = assertThrows(SQLException.class,
          () -> freshApp.createStatement().executeQuery("SELECT * FROM " + table).close());
      freshApp.rollback();
      assertEquals("42501", e.getSQLState(), e.getMessage());
    }));
  }
}
