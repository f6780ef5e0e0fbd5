package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An API key acts only inside its own workspace: account-level actions (creating a workspace, accepting an
 * invitation, signing out) answer 403 with a detail, whatever the key's role; it may still ask who it is and
 * list its one workspace (decision 0032).
 */
@Tag("database")
class ApiKeyAccountRoutesTest {
  private static TestApi api;
  private static UUID owner;
  private static UUID workspace;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("key_account_routes");
    owner = api.user("lee@example.org");
    workspace = api.workspace("lee-clinic", Environment.STAGING, owner);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static void assertRefused(TestApi.Answer a) {
    assertEquals(403, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().startsWith("API keys cannot act for an account"), a.text());
  }

  @Test
  void noKeyCreatesAWorkspace() {
    UUID viewer = api.user("max@example.org");
    api.member(workspace, viewer, Role.VIEWER);
    for (String key : List.of(api.key(workspace, viewer, Role.VIEWER), api.key(workspace, owner, Role.OWNER))) {
      String slug = "by-key-" + UUID.randomUUID().toString().substring(0, 8);
      assertRefused(api.post("/v1/me/workspaces", key, Map.of("slug", slug, "name", "By key",
          "environment", "staging", "region", "us-east-1")));
    }
    assertEquals(List.of(workspace), api.backend.directory().workspaceIdsOf(owner), "nothing created");
    assertEquals(List.of(workspace), api.backend.directory().workspaceIdsOf(viewer), "nothing created");
  }

  @Test
  void noKeyAcceptsAnInvitationOrSignsOut() {
    UUID other = api.workspace("lee-other", Environment.STAGING, api.user("ned@example.org"));
    String key = api.key(workspace, owner, Role.OWNER);
    String invitation = api.invitation(other, api.backend.users().byEmail("ned@example.org").orElseThrow().id(),
        "lee@example.org", Role.ADMIN);
    assertRefused(api.post("/v1/invitations/accept", key, Map.of("token", invitation)));
    assertRefused(api.post("/v1/auth/logout", key, null));
    assertEquals(404, api.get("/v1/workspaces/" + other, key).status(), "still not a member there");
  }

  @Test
  void aKeyMayStillAskWhoItIsAndListItsWorkspace() {
    String key = api.key(workspace, owner, Role.VIEWER);
    TestApi.Answer me = api.get("/v1/auth/me", key);
    assertEquals(200, me.status(), me.text());
    assertEquals(workspace.toString(), me.json().get("workspace_id").asText());
    TestApi.Answer list = api.get("/v1/workspaces", key);
    assertEquals(200, list.status(), list.text());
    assertEquals(1, list.json().get("items").size());
  }
}
