package dev.wsconsole.server.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** GET /v1/{ws}/members/me: the caller's own role and rights in one call, for sessions and keys, never another workspace's. */
@Tag("database")
class MyMembershipApiTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID other;
  private static UUID viewer;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("my_membership");
    UUID owner = api.user("owner@me.example.org");
    ws = api.workspace("me-clinic", Environment.STAGING, owner);
    other = api.workspace("me-other", Environment.STAGING, owner);
    viewer = api.user("viewer@me.example.org");
    api.member(ws, viewer, Role.VIEWER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @Test
  void aSignedInViewerLearnsTheirRoleAndRights() {
    TestApi.Answer a = api.get("/v1/" + ws + "/members/me", api.signIn("viewer@me.example.org"));
    assertEquals(200, a.status(), a.text());
    JsonNode me = a.json();
    assertEquals(ws.toString(), me.get("workspace_id").asText());
    assertEquals(viewer.toString(), me.get("user_id").asText());
    assertEquals("session", me.get("kind").asText());
    assertEquals("viewer", me.get("role").asText());
    assertEquals(wire(RolePermissions.of(Role.VIEWER)), ApiAsserts.texts(me.get("permissions")));
  }

  @Test
  void aKeyAnswersWithItsOwnRoleNotItsCreators() {
    UUID owner = api.backend.users().byEmail("owner@me.example.org").orElseThrow().id();
    String key = api.key(ws, owner, Role.OPERATOR);
    JsonNode me = api.get("/v1/" + ws + "/members/me", key).json();
    assertEquals("api_key", me.get("kind").asText());
    assertEquals("operator", me.get("role").asText());
    assertTrue(ApiAsserts.texts(me.get("permissions")).contains(Permission.OPERATOR_ACT.wireName()));
  }

  @Test
  void aWorkspaceTheCallerIsNotInAnswersAsAnyOtherUnknownWorkspace() {
    TestApi.Answer a = api.get("/v1/" + other + "/members/me", api.signIn("viewer@me.example.org"));
    assertFalse(a.status() == 200, a.text());
    assertFalse(a.text().contains("me-other"), "nothing of the other workspace leaks");
  }

  private static List<String> wire(java.util.Set<Permission> permissions) {
    return permissions.stream().map(Permission::wireName).sorted().toList();
  }
}
