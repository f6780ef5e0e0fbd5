package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.TestDatabases;
import dev.wsconsole.testing.TestWorkspaces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One-round-trip scoped reads keep their workspace however often ONE pooled connection runs them
 * (well past pgjdbc's prepare threshold of 5), and a read without or outside its scope reads nothing.
 */
@Tag("database")
class TenantReadRepeatTest {
  private static final int READS = 50;
  private static DatabaseTarget target;
  private static HikariDataSource pool;
  private static TenantTx tx;
  private static ApiKeyStore keys;
  private static UUID a;
  private static UUID b;
  private static UUID owner;
  private static UUID other;

  @BeforeAll
  static void setUp() throws Exception {
    target = TestDatabases.fresh("read_once_repeat");
    pool = Database.appPool(target, TestDatabases.APP_PASSWORD, 1); // one connection: every read reuses it
    tx = new TenantTx(Jdbi.create(pool).installPlugin(new PostgresPlugin()));
    keys = new ApiKeyStore(tx);
    a = TestWorkspaces.create(target, "readonce-a", "development");
    b = TestWorkspaces.create(target, "readonce-b", "development");
    owner = TestWorkspaces.createUser(target, "owner@readonce.test");
    other = TestWorkspaces.createUser(target, "other@readonce.test");
    for (int i = 0; i < 3; i++) {
      issue(a, owner, "a key " + i);
    }
    issue(a, other, "a key by another creator");
    issue(b, owner, "b key");
  }

  private static void issue(UUID ws, UUID owner, String name) {
    keys.create(ws, name, Role.VIEWER, List.of(), owner, null, 30,
        AuditRecord.allowed(Map.of("kind", "test"), "api_key.create", "", "read-once-test"));
  }

  @AfterAll
  static void tearDown() {
    pool.close();
  }

  @Test
  void aQuerySeesItsRowsOnEveryRepeat() {
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < READS; i++) {
      // The shape that broke (the key list's): a parameter of unknown type (a null) makes pgjdbc describe
      // the server-prepared statement, and a described text column made it send a Sync inside the batch.
      seen.append(tx.query(i % 2 == 0 ? a : b, "SELECT name FROM console.api_keys"
          + " WHERE (?::uuid IS NULL OR created_by = ?::uuid) ORDER BY name", rs -> rs.getString(1), null, null).size());
    }
    assertEquals("41".repeat(READS / 2), seen.toString());
    assertNoScopeLeftOnTheConnection();
  }

  @Test
  void theKeyPageSeesItsRowsOnEveryRepeat() {
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < READS; i++) {
      UUID ws = i % 2 == 0 ? a : b;
      UUID createdBy = i % 4 < 2 ? null : owner; // "mine only" or not: the driver's parameter types flip too
      ApiKeyStore.Page page = keys.list(ws, createdBy, 10, 0);
      seen.append(page.items().size()).append(page.total());
      assertTrue(page.items().stream().allMatch(k -> k.workspaceId().equals(ws)), "read " + i);
    }
    assertEquals("44113311".repeat(READS / 4) + "4411", seen.toString());
    assertEquals(List.of("a key by another creator"), keys.list(a, other, 10, 0).items().stream()
        .map(k -> k.name()).toList());
    assertEquals(0, keys.list(a, null, 10, 5).items().size());
    assertEquals(4, keys.list(a, null, 10, 5).total()); // past the end: counted apart
    assertNoScopeLeftOnTheConnection();
  }

  @Test
  void aReadWithoutOrOutsideItsScopeReadsNothing() {
    for (int i = 0; i < READS; i++) {
      assertEquals(List.of(), tx.query(a, "SELECT name FROM console.api_keys WHERE workspace_id = ?",
          rs -> rs.getString(1), b), "a's scope read b's key on read " + i);
    }
    assertThrows(WorkspaceContextMissingException.class, () -> tx.query(null, "SELECT 1", rs -> 1));
    assertThrows(WorkspaceContextMissingException.class, () -> tx.readThrough(null, "app.api_key_page", rs -> 1,
        null, 10, 0L));
    assertThrows(IllegalArgumentException.class, () -> tx.readThrough(a, "app.workspace_directory", rs -> 1));
    assertNoScopeLeftOnTheConnection();
  }

  @Test
  void aBatchTheDriverSplitsFailsClosed() throws Exception {
    // What TenantTx no longer does (its one-round-trip batch read went): the batch server-prepared. Whatever the driver does with it, a read
    // returns its own rows or none, never the other workspace's.
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(true);
      for (int i = 0; i < 20; i++) {
        UUID ws = i % 2 == 0 ? a : b;
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.workspace_id', ?, true);"
            + " SELECT workspace_id, name FROM console.api_keys WHERE (?::uuid IS NULL OR created_by = ?::uuid)")) {
          ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(1);
          ps.setString(1, ws.toString());
          ps.setObject(2, null);
          ps.setObject(3, null);
          ps.execute();
          ps.getMoreResults();
          try (ResultSet rs = ps.getResultSet()) {
            while (rs.next()) {
              assertEquals(ws, rs.getObject(1, UUID.class), "execution " + i);
            }
          }
        }
      }
    }
    assertNoScopeLeftOnTheConnection();
  }

  private static void assertNoScopeLeftOnTheConnection() {
    Jdbi plain = Jdbi.create(pool);
    assertEquals("", plain.withHandle(h -> h.createQuery(
        "SELECT coalesce(current_setting('app.workspace_id', true), '')").mapTo(String.class).one()));
    long unscoped = plain.withHandle(h -> h.createQuery("SELECT count(*) FROM console.api_keys")
        .mapTo(Long.class).one());
    assertEquals(0L, unscoped);
  }
}
