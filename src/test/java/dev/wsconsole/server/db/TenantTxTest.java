package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.wsconsole.testing.TestDatabases;
import dev.wsconsole.testing.TestWorkspaces;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** TenantTx scopes work to one workspace, refuses work without one, and leaves no scope behind. */
@Tag("database")
class TenantTxTest {
  private static DatabaseTarget target;
  private static HikariDataSource pool;
  private static TenantTx tx;
  private static UUID clinicA;
  private static UUID clinicB;

  @BeforeAll
  static void setUp() throws Exception {
    target = TestDatabases.fresh("tenant_tx");
    pool = Database.appPool(target, TestDatabases.APP_PASSWORD, 1);
    tx = new TenantTx(Jdbi.create(pool));
    clinicA = TestWorkspaces.create(target, "tx-a", "staging");
    clinicB = TestWorkspaces.create(target, "tx-b", "production");
  }

  @AfterAll
  static void tearDown() {
    pool.close();
  }

  private static int insertAgent(UUID workspace, String name) {
    return tx.call(workspace, h -> h.createUpdate("INSERT INTO console.agents (workspace_id, id, name)"
            + " VALUES (:ws, :id, :name)")
        .bind("ws", workspace).bind("id", UUID.randomUUID()).bind("name", name).execute());
  }

  private static long agentCount(UUID workspace) {
    return tx.call(workspace, h -> h.createQuery("SELECT count(*) FROM console.agents").mapTo(Long.class).one());
  }

  @Test
  void workWithoutAWorkspaceIsRefusedBeforeAnySqlRuns() {
    HikariDataSource closed = Database.appPool(target, TestDatabases.APP_PASSWORD, 1);
    closed.close(); // any attempt to reach the database would now fail differently
    TenantTx unreachable = new TenantTx(Jdbi.create(closed));
    WorkspaceContextMissingException e = assertThrows(WorkspaceContextMissingException.class,
        () -> unreachable.call(null, h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()));
    assertTrue(e.getMessage().startsWith("WORKSPACE_CONTEXT_MISSING"));
  }

  @Test
  void eachWorkspaceSeesOnlyItsOwnRows() throws Exception {
    UUID north = TestWorkspaces.create(target, "tx-north", "staging");
    UUID south = TestWorkspaces.create(target, "tx-south", "staging");
    insertAgent(north, "triage");
    insertAgent(north, "scheduling");
    insertAgent(south, "triage");
    assertEquals(2, agentCount(north));
    assertEquals(1, agentCount(south));
  }

  @Test
  void theSameNameMayExistInTwoWorkspaces() {
    assertEquals(1, insertAgent(clinicA, "refills"));
    assertEquals(1, insertAgent(clinicB, "refills"));
  }

  @Test
  void writingAnotherWorkspacesIdIsRefusedByTheDatabase() {
    UnableToExecuteStatementException e = assertThrows(UnableToExecuteStatementException.class,
        () -> tx.call(clinicA, h -> h.createUpdate("INSERT INTO console.agents (workspace_id, id, name)"
            + " VALUES (:ws, :id, 'intruder')").bind("ws", clinicB).bind("id", UUID.randomUUID()).execute()));
    assertTrue(e.getMessage().contains("row-level security"), e.getMessage());
    long intruders = tx.call(clinicB, h -> h.createQuery("SELECT count(*) FROM console.agents WHERE name = 'intruder'")
        .mapTo(Long.class).one());
    assertEquals(0, intruders);
  }

  @Test
  void theScopeEndsWithTheTransaction() {
    tx.run(clinicA, h -> h.createQuery("SELECT count(*) FROM console.agents").mapTo(Long.class).one());
    String after = Jdbi.create(pool).withHandle(h ->
        h.createQuery("SELECT coalesce(current_setting('app.workspace_id', true), '')").mapTo(String.class).one());
    assertEquals("", after);
  }

  @Test
  void turningRowSecurityOffIsAnErrorNotABypass() {
    UnableToExecuteStatementException e = assertThrows(UnableToExecuteStatementException.class,
        () -> tx.call(clinicA, h -> {
          h.execute("SET LOCAL row_security = off");
          return h.createQuery("SELECT count(*) FROM console.agents").mapTo(Long.class).one();
        }));
    assertTrue(e.getMessage().contains("row-level security"), e.getMessage());
  }

  @Test
  void eventsAndAuditEntriesAreAppendOnlyForTheApp() {
    for (String table : new String[] {"console.events", "console.audit_events"}) {
      UnableToExecuteStatementException e = assertThrows(UnableToExecuteStatementException.class,
          () -> tx.call(clinicA, h -> h.createUpdate("DELETE FROM " + table).execute()));
      assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
      assertThrows(UnableToExecuteStatementException.class,
          () -> tx.call(clinicA, h -> h.createUpdate("UPDATE " + table + " SET workspace_id = workspace_id").execute()));
    }
  }

  @Test
  void aQuerySeesOnlyItsWorkspaceAndLeavesNoScopeBehind() throws Exception {
    UUID east = TestWorkspaces.create(target, "tx-east", "staging");
    UUID west = TestWorkspaces.create(target, "tx-west", "staging");
    insertAgent(east, "east-only");
    insertAgent(west, "west-only");
    java.util.List<String> names = tx.query(east, "SELECT name FROM console.agents ORDER BY name",
        rs -> rs.getString(1));
    assertEquals(java.util.List.of("east-only"), names);
    String after = Jdbi.create(pool).withHandle(h ->
        h.createQuery("SELECT coalesce(current_setting('app.workspace_id', true), '')").mapTo(String.class).one());
    assertEquals("", after);
    assertThrows(WorkspaceContextMissingException.class, () -> tx.query(null, "SELECT 1", rs -> 1));
  }

  @Test
  void aQueryIsReadOnlyAndTheConnectionWritesAgainAfterIt() throws Exception {
    UUID ws = TestWorkspaces.create(target, "tx-read-only", "staging");
    insertAgent(ws, "kept");
    // The pool holds one connection: the write after the refused one runs on the same connection.
    UnableToExecuteStatementException e = assertThrows(UnableToExecuteStatementException.class,
        () -> tx.query(ws, "UPDATE console.agents SET name = 'changed' RETURNING name", rs -> rs.getString(1)));
    assertTrue(e.getMessage().contains("read-only transaction"), e.getMessage());
    assertEquals(java.util.List.of("kept"), tx.query(ws, "SELECT name FROM console.agents", rs -> rs.getString(1)));
    assertEquals(1, insertAgent(ws, "written after"));
    assertEquals(2, agentCount(ws));
  }
}
