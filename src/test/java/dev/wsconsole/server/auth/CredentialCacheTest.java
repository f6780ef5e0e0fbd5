package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keys served from memory stop working the moment their rights change: on the node that made the
 * change before its call returns, on every other node when the database's NOTIFY arrives, and on no
 * node from memory at all while its LISTEN connection is down (decision 0019).
 */
@Tag("database")
class CredentialCacheTest {
  private static final long PATIENCE_MILLIS = 5_000;
  private static TestApi api;
  private static Backend otherNode;
  private static ApiServer otherServer;
  private static UUID workspace;
  private static UUID owner;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void setUp() {
    api = TestApi.start("credential_cache");
    owner = api.user("cache-owner@example.org");
    workspace = api.workspace("cache-clinic", Environment.STAGING, owner);
    // A second node: its own backend (cache and listener) and server over the same database.
    otherNode = new Backend(api.database, TestDatabases.backendSettings());
    otherServer = otherNode.serve("127.0.0.1", 0);
    waitFor(() -> api.backend.credentials().live() && otherNode.credentials().live(), "both listeners up");
  }

  @AfterAll
  static void tearDown() throws Exception {
    otherServer.close();
    api.close();
  }

  @Test
  void aKeyIsServedFromMemoryAfterItsFirstUse() {
    String key = api.key(workspace, owner, Role.ADMIN);
    long before = api.backend.credentials().hits();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.get(workspacePath(), key).status());
    }
    assertTrue(api.backend.credentials().hits() - before >= 1, "later requests answered from memory");
  }

  @Test
  void aRevokedKeyFailsOnTheNextRequestOfTheNodeThatRevokedIt() {
    var issued = api.issueKey(workspace, owner, Role.ADMIN);
    String key = warmOnThisNode(issued);
    String revoker = api.key(workspace, owner, Role.OWNER);
    assertEquals(204, api.call("DELETE", "/v1/" + workspace + "/api-keys/" + issued.key().id(), revoker, null).status());
    assertEquals(401, api.get(workspacePath(), key).status());
  }

  @Test
  void demotingTheCreatorShrinksTheKeyAtOnce() {
    UUID creator = api.user("cache-admin-" + UUID.randomUUID() + "@example.org");
    api.member(workspace, creator, Role.ADMIN);
    String key = warmOnThisNode(api.issueKey(workspace, creator, Role.ADMIN));
    assertEquals(200, api.get("/v1/" + workspace + "/api-keys", key).status());
    api.setRole(workspace, creator, Role.VIEWER);
    assertEquals(403, api.post("/v1/" + workspace + "/api-keys", key,
        java.util.Map.of("name", "should not exist", "role", "viewer", "duration_days", 5)).status());
  }

  @Test
  void anotherNodeHearsARevocationFromTheDatabase() throws Exception {
    var issued = api.issueKey(workspace, owner, Role.ADMIN);
    long before = otherNode.credentials().hits();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, getOnOtherNode(issued.secret()));
    }
    assertTrue(otherNode.credentials().hits() > before, "the other node served the key from memory");
    api.backend.apiKeys().revoke(workspace, issued.key().id(), testAudit());
    waitFor(() -> getOnOtherNode(issued.secret()) == 401, "the other node refuses the revoked key");
  }

  @Test
  void handWrittenSqlIsHeardToo() throws Exception {
    var issued = api.issueKey(workspace, owner, Role.ADMIN);
    warmOnThisNode(issued);
    revokeByHand(issued.key().id());
    waitFor(() -> api.get(workspacePath(), issued.secret()).status() == 401, "a revocation by hand is heard");
  }

  @Test
  void withoutItsListenerANodeReadsEveryKeyFromTheDatabase() throws Exception {
    var issued = api.issueKey(workspace, owner, Role.ADMIN);
    warmOnThisNode(issued);
    try (Connection app = appConnection(); Statement st = app.createStatement()) {
      // The app role may end its own sessions (no superuser needed, as on an external server).
      st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
          + " WHERE application_name = 'wsc-credential-listener' AND datname = current_database()");
    }
    waitFor(() -> !api.backend.credentials().live(), "the node notices it is deaf");
    // Revoked while nobody listens: the notification is lost, yet the very next request refuses.
    revokeByHand(issued.key().id());
    assertEquals(401, api.get(workspacePath(), issued.secret()).status());
    waitFor(() -> api.backend.credentials().live(), "the listener reconnects");
    String fresh = api.key(workspace, owner, Role.ADMIN);
    long before = api.backend.credentials().hits();
    for (int i = 0; i < 3; i++) { // the first use writes last_used_at, a commit that evicts once
      api.get(workspacePath(), fresh);
    }
    assertTrue(api.backend.credentials().hits() > before, "memory is trusted again once listening");
  }

  @Test
  void aWriteThatChangesNoRightsKeepsTheKeysInMemory() {
    var issued = api.issueKey(workspace, owner, Role.ADMIN);
    String key = warmOnThisNode(issued);
    var entity = api.post("/v1/" + workspace + "/world/entities", key,
        java.util.Map.of("entity_type", "patient", "display_name", "Cached Cal"));
    assertEquals(200, entity.status());
    assertEquals(201, api.post("/v1/" + workspace + "/world/events", key, java.util.Map.of("entity_id",
        entity.json().path("id").asText(), "event_type", "note.added", "domain", "clinical", "source", "test",
        "confidence", 1.0, "data", java.util.Map.of("note", "hello"))).status());
    long before = api.backend.credentials().hits();
    assertEquals(200, api.get(workspacePath(), key).status());
    assertEquals(before + 1, api.backend.credentials().hits(), "the request after a world write is served from memory");
  }

  @Test
  void handWrittenSqlInAStoreTransactionIsRefusedOnTheVeryNextRequest() {
    var issued = api.issueKey(workspace, owner, Role.ADMIN);
    String key = warmOnThisNode(issued);
    // Not through ApiKeyStore: the trigger, not the store, tells this node's transaction that rights changed.
    api.backend.tx().run(workspace, h -> assertEquals(1, h.createUpdate("UPDATE console.api_keys SET revoked_at = now()"
        + " WHERE workspace_id = :ws AND id = :id").bind("ws", workspace).bind("id", issued.key().id()).execute()));
    assertEquals(401, api.get(workspacePath(), key).status());
  }

  /** A revocation written by hand, as the app role in the key's workspace scope (not through any store). */
  private static void revokeByHand(UUID keyId) throws Exception {
    try (Connection app = appConnection()) {
      app.setAutoCommit(false);
      try (Statement st = app.createStatement()) {
        st.execute("SELECT set_config('app.workspace_id', '" + workspace + "', true)");
        assertEquals(1, st.executeUpdate("UPDATE console.api_keys SET revoked_at = now() WHERE id = '" + keyId + "'"));
      }
      app.commit();
    }
  }

  private static Connection appConnection() throws Exception {
    return java.sql.DriverManager.getConnection(api.target.jdbcUrl(), dev.wsconsole.server.db.Roles.APP,
        TestDatabases.APP_PASSWORD);
  }

  private static String warmOnThisNode(dev.wsconsole.server.apikey.ApiKeyStore.Issued issued) {
    // The first use writes last_used_at (a commit that evicts once), and a late notice of an earlier
    // test's commit may evict again on a loaded machine, so try a few times before calling it cold.
    long before = api.backend.credentials().hits();
    for (int i = 0; i < 20 && api.backend.credentials().hits() == before; i++) {
      assertEquals(200, api.get(workspacePath(), issued.secret()).status());
    }
    assertTrue(api.backend.credentials().hits() > before, "warmed: served from memory");
    return issued.secret();
  }

  private static int getOnOtherNode(String key) {
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherServer.port() + workspacePath()))
          .header("Authorization", "Bearer " + key).build();
      return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String workspacePath() {
    return "/v1/workspaces/" + workspace;
  }

  private static dev.wsconsole.server.audit.AuditRecord testAudit() {
    return dev.wsconsole.server.audit.AuditRecord.allowed(java.util.Map.of("kind", "test"), "api_key.revoke", "", "test");
  }

  private static void waitFor(BooleanSupplier condition, String what) {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not within " + PATIENCE_MILLIS + " ms: " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
