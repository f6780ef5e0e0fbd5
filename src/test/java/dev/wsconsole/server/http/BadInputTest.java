package dev.wsconsole.server.http;

import static dev.wsconsole.server.http.RejectedAnswers.assertInvalid;
import static dev.wsconsole.server.http.RejectedAnswers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bad input over real HTTP: each is refused with {@code {"detail": ...}} (422s with loc/msg/type), a
 * request id, no database text, and nothing written.
 */
@Tag("database")
class BadInputTest {
  private static TestApi api;
  private static UUID workspace;
  private static String ownerKey;
  private static String slug;
  private RejectedAnswers.Rows before;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("bad_input");
    slug = "bad-" + RouteExamples.shortId();
    UUID owner = api.user("owner-" + slug + "@example.org");
    workspace = api.workspace(slug, Environment.STAGING, owner);
    ownerKey = api.key(workspace, owner, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @BeforeEach
  void countRows() throws Exception {
    before = RejectedAnswers.Rows.count(api, workspace);
  }

  @AfterEach
  void nothingWasWritten() throws Exception {
    assertEquals(before, RejectedAnswers.Rows.count(api, workspace), "a refused request wrote rows");
  }

  private static TestApi.Answer createWorkspace(Object body) {
    return api.post("/v1/me/workspaces", ownerKey, body);
  }

  private static TestApi.Answer createKey(Object body) {
    return api.post("/v1/" + workspace + "/api-keys", ownerKey, body);
  }

  @Test
  void malformedJsonIsRefused() {
    assertInvalid(createWorkspace("{\"slug\": \"x\","), "body", 0);
    assertInvalid(createKey("not json at all"), "body", 0);
  }

  @Test
  void aStringWhereAnIntegerBelongsIsRefused() {
    assertInvalid(createKey(Map.of("duration_days", "7")), "body", "duration_days");
    assertInvalid(createKey(Map.of("duration_days", 7.5)), "body", "duration_days");
  }

  @Test
  void aNumberWhereAStringBelongsIsRefused() {
    assertInvalid(createWorkspace(Map.of("slug", 123, "name", "N", "environment", "staging")), "body", "slug");
    assertInvalid(createWorkspace(Map.of("slug", "ok-slug", "name", "N", "environment", 1)), "body", "environment");
  }

  @Test
  void theTextTrueWhereABooleanBelongsIsRefused() {
    record Flagged(boolean enabled) {}
    // No request body has a boolean yet: hold the shared mapper to it, and the query parser over HTTP.
    assertThrows(MismatchedInputException.class,
        () -> Json.mapper().readValue("{\"enabled\":\"true\"}", Flagged.class));
    assertInvalid(api.get("/v1/" + workspace + "/api-keys?mine_only=yes", ownerKey), "query", "mine_only");
  }

  @Test
  void unknownEnumValuesAreRefused() {
    assertInvalid(createWorkspace(Map.of("slug", "enum-" + RouteExamples.shortId(), "name", "N",
        "environment", "prod")), "body", "environment");
    assertInvalid(createKey(Map.of("duration_days", 7, "role", "superuser")), "body", "role");
  }

  @Test
  void unknownFieldsAreRefused() {
    assertEquals("extra_forbidden", assertInvalid(createWorkspace(Map.of("slug", "extra-" + RouteExamples.shortId(),
        "name", "N", "environment", "staging", "colour", "red")), "body", "colour").path("type").asText());
  }

  @Test
  void bodiesOverOneMebibyteGet413WithADetail() {
    String huge = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\", \"duration_days\": 7}";
    assertTrue(assertRejected(createKey(huge), 413).isTextual());
    assertTrue(assertRejected(api.post("/v1/workspaces/" + workspace + "/provision", ownerKey, huge), 413)
        .isTextual());
  }

  @Test
  void idsThatAreNotUuidsAreRefusedWithTheirPath() {
    assertInvalid(api.get("/v1/workspaces/not-a-uuid", ownerKey), "path", "workspace_id");
    assertInvalid(api.get("/v1/12345/api-keys", ownerKey), "path", "workspace_id");
    assertInvalid(api.call("DELETE", "/v1/" + workspace + "/api-keys/not-a-uuid", ownerKey, null), "path", "key_id");
    assertInvalid(api.post("/v1/" + workspace + "/api-keys/zzz/rotate", ownerKey, Map.of("duration_days", 7)),
        "path", "key_id");
  }

  @Test
  void invalidSlugsAreRefused() {
    for (String bad : new String[] {"Clinic-A", "-clinic", "a", "a".repeat(64), "clinic-", "clinic_a"}) {
      assertInvalid(createWorkspace(Map.of("slug", bad, "name", "N", "environment", "staging")), "body", "slug");
    }
  }

  @Test
  void invalidEmailsAreRefusedAtSignIn() {
    for (String bad : new String[] {"not-an-email", "a@b", "two@@example.org", "spaces in@example.org"}) {
      assertInvalid(api.post("/v1/auth/login", null, Map.of("email", bad, "password", TestApi.PASSWORD)),
          "body", "email");
    }
  }

  @Test
  void aTakenSlugIsAConflict() {
    assertTrue(assertRejected(createWorkspace(Map.of("slug", slug, "name", "Again", "environment", "staging")), 409)
        .asText().contains(slug));
  }
}
