package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A sign-in session's absolute and idle limits hold on every route, account-level ones included, at the
 * strictest limits among its account's workspaces (decision 0032). Time moves by ageing the session row.
 */
@Tag("database")
class SessionLimitsEverywhereTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("session_limits");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /** Moves {@code user}'s sessions back in time, as the owner role (the app role cannot write this table). */
  private static void age(UUID user, String column, String interval) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      st.execute("UPDATE console.user_sessions SET " + column + " = now() - interval '" + interval + "'"
          + " WHERE user_id = '" + user + "'");
    }
  }

  private static Map<String, Object> newWorkspace(String slug) {
    return Map.of("slug", slug, "name", "Clinic " + slug, "environment", "staging", "region", "us-east-1");
  }

  private static List<String> slugsOf(String email) {
    return api.backend.directory().workspacesOf(api.backend.users().byEmail(email).orElseThrow().id()).stream()
        .map(w -> w.slug()).toList();
  }

  @Test
  void pastTheAbsoluteLimitAccountRoutesRefuseAndCreateNothing() throws Exception {
    UUID user = api.user("gil@example.org");
    api.workspace("gil-staging", Environment.STAGING, user);
    String listing = api.signIn("gil@example.org");
    String creating = api.signIn("gil@example.org");
    String signingOut = api.signIn("gil@example.org");
    assertEquals(200, api.get("/v1/workspaces", listing).status());
    age(user, "created_at", "25 hours"); // staging's absolute limit is 24 h

    TestApi.Answer list = api.get("/v1/workspaces", listing);
    assertEquals(401, list.status());
    assertTrue(list.json().get("detail").asText().contains("24 h"), list.text());
    assertEquals(401, api.post("/v1/me/workspaces", creating, newWorkspace("gil-late")).status());
    assertEquals(List.of("gil-staging"), slugsOf("gil@example.org"), "nothing created");
    assertEquals(401, api.post("/v1/auth/logout", signingOut, null).status());
    assertEquals(401, api.get("/v1/auth/me", signingOut).status());
  }

  @Test
  void anIdleSessionIsRefusedOnAccountRoutes() throws Exception {
    UUID user = api.user("hal@example.org");
    api.workspace("hal-prod", Environment.PRODUCTION, user);
    String token = api.signIn("hal@example.org");
    String other = api.signIn("hal@example.org");
    age(user, "last_seen_at", "20 minutes"); // production's idle limit is 15 min
    TestApi.Answer list = api.get("/v1/workspaces", token);
    assertEquals(401, list.status());
    assertTrue(list.json().get("detail").asText().contains("15 min"), list.text());
    assertEquals(401, api.post("/v1/me/workspaces", other, newWorkspace("hal-late")).status());
    assertEquals(List.of("hal-prod"), slugsOf("hal@example.org"), "nothing created");
  }

  @Test
  void anIdleExpiredSessionOpensNoOtherWorkspace() throws Exception {
    UUID user = api.user("ida@example.org");
    UUID prod = api.workspace("ida-prod", Environment.PRODUCTION, user);
    UUID staging = api.workspace("ida-staging", Environment.STAGING, user);
    String token = api.signIn("ida@example.org");
    assertEquals(200, api.get("/v1/workspaces/" + prod, token).status());
    // 20 minutes without any activity: past production's 15, so the session is over, the staging
    // workspace it never opened (whose own limit is 60 min) included.
    age(user, "last_seen_at", "20 minutes");
    assertEquals(401, api.get("/v1/workspaces/" + staging, token).status());
    assertEquals(401, api.get("/v1/workspaces/" + prod, token).status());
  }

  @Test
  void theLimitIsTheStrictestOfTheAccountsOwnWorkspaces() throws Exception {
    UUID user = api.user("jo@example.org");
    api.workspace("jo-dev", Environment.DEVELOPMENT, user);
    String token = api.signIn("jo@example.org");
    long left = api.get("/v1/auth/me", token).json().get("expires_in_seconds").asLong();
    assertTrue(left > 23 * 3600 && left <= 24 * 3600, "a development account's session lasts 24 h: " + left);
    age(user, "last_seen_at", "20 minutes"); // development allows 8 h idle
    assertEquals(200, api.get("/v1/workspaces", token).status());
    assertEquals(201, api.post("/v1/me/workspaces", token, newWorkspace("jo-second")).status());

    UUID newcomer = api.user("kim@example.org"); // no workspace yet: production's limits
    String fresh = api.signIn("kim@example.org");
    assertEquals(200, api.get("/v1/workspaces", fresh).status());
    age(newcomer, "last_seen_at", "20 minutes");
    assertEquals(401, api.get("/v1/workspaces", fresh).status());
  }
}
