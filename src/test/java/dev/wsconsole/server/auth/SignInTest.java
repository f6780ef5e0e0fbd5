package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Console sign-in: sessions, sign-out, and session limits that follow the environment (throttling:
 * SignInThrottleTest).
 */
@Tag("database")
class SignInTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("sign_in");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static void asOwner(String workspace, String sql) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      if (workspace != null) {
        st.execute("SELECT set_config('app.workspace_id', '" + workspace + "', false)");
      }
      st.execute(sql);
    }
  }

  @Test
  void aSessionWorksUntilSignOut() {
    UUID user = api.user("alice@example.org");
    UUID ws = api.workspace("alice-clinic", Environment.STAGING, user);
    String token = api.signIn("ALICE@example.org");
    assertEquals(200, api.get("/v1/workspaces/" + ws, token).status());
    assertEquals(204, api.post("/v1/auth/logout", token, null).status());
    assertEquals(401, api.get("/v1/workspaces/" + ws, token).status());
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    api.user("bob@example.org");
    TestApi.Answer wrong = api.post("/v1/auth/login", null, Map.of("email", "bob@example.org", "password", "nope nope nope"));
    TestApi.Answer unknown = api.post("/v1/auth/login", null, Map.of("email", "nobody@example.org", "password", "x"));
    assertEquals(401, wrong.status());
    assertEquals(wrong.text(), unknown.text());
  }

  @Test
  void idleLimitsFollowEachWorkspacesEnvironmentAndConversionAppliesAtOnce() throws Exception {
    UUID user = api.user("dan@example.org");
    UUID prod = api.workspace("dan-prod", Environment.PRODUCTION, user);
    UUID staging = api.workspace("dan-staging", Environment.STAGING, user);
    String token = api.signIn("dan@example.org");
    assertEquals(200, api.get("/v1/workspaces/" + prod, token).status());
    assertEquals(200, api.get("/v1/workspaces/" + staging, token).status());
    // 20 minutes without activity: past production's 15, within staging's 60.
    for (UUID ws : new UUID[] {prod, staging}) {
      asOwner(ws.toString(), "UPDATE console.console_sessions SET last_seen_at = now() - interval '20 minutes'");
    }
    TestApi.Answer expired = api.get("/v1/workspaces/" + prod, token);
    assertEquals(401, expired.status());
    assertTrue(expired.json().get("detail").asText().contains("15 min"), expired.text());
    assertEquals(200, api.get("/v1/workspaces/" + staging, token).status());

    asOwner(staging.toString(), "UPDATE console.console_sessions SET last_seen_at = now() - interval '20 minutes'");
    TestApi.Answer converted = api.post("/v1/workspaces/" + staging + "/convert-environment", api.key(staging, user,
        dev.wsconsole.model.Role.OWNER), Map.of("target", "production", "confirm_slug", "dan-staging"));
    assertEquals(200, converted.status(), converted.text());
    assertEquals(401, api.get("/v1/workspaces/" + staging, token).status());
  }

  @Test
  void theAbsoluteLimitEndsAProductionSessionAfter12Hours() throws Exception {
    UUID user = api.user("erin@example.org");
    UUID prod = api.workspace("erin-prod", Environment.PRODUCTION, user);
    UUID dev = api.workspace("erin-dev", Environment.DEVELOPMENT, user);
    String token = api.signIn("erin@example.org");
    asOwner(null, "UPDATE console.user_sessions SET created_at = now() - interval '13 hours'"
        + " WHERE user_id = '" + user + "'");
    // The session's limit is its account's strictest (decision 0032): over in the development workspace too.
    TestApi.Answer expired = api.get("/v1/workspaces/" + prod, token);
    assertEquals(401, expired.status());
    assertTrue(expired.json().get("detail").asText().contains("12 h"), expired.text());
    assertEquals(401, api.get("/v1/workspaces/" + dev, token).status());
  }

  @Test
  void aSignInIsAuditedInTheAccountsWorkspaces() throws Exception {
    UUID user = api.user("fay@example.org");
    UUID ws = api.workspace("fay-clinic", Environment.STAGING, user);
    api.signIn("fay@example.org");
    assertEquals(1, auditCount(ws, "auth.login", "allowed"));
  }

  private static long auditCount(UUID ws, String action, String result) {
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      st.execute("SELECT set_config('app.workspace_id', '" + ws + "', false)");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM console.audit_events WHERE action = '" + action
          + "' AND result = '" + result + "'")) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
