package dev.wsconsole.server.http;

import static dev.wsconsole.server.http.RejectedAnswers.assertInvalid;
import static dev.wsconsole.server.http.RejectedAnswers.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input over real HTTP: each is refused with {@code {"detail": ...}} (422s with loc/msg/type), a
 * request id, no database text, and nothing written.
 */
@Tag("database")
class BadInputTest {
  private static final String slug = "bad-" + RouteExamples.shortId();
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("bad_input");
  private static final Tenant workspace = tenants.workspace(slug, Environment.STAGING, "owner-" + slug + "@example.org")
      .keys(Role.OWNER);

  private RejectedAnswers.Rows before;

  @BeforeEach
  void countRows() throws Exception {
    before = RejectedAnswers.Rows.count(tenants.api(), workspace.id());
  }

  @AfterEach
  void nothingWasWritten() throws Exception {
    assertEquals(before, RejectedAnswers.Rows.count(tenants.api(), workspace.id()), "a refused request wrote rows");
  }

  /** The owner's console session: creating a workspace is an account's act, refused to keys (decision 0032). */
  private static String ownerSession;

  @BeforeAll
  static void signIn() {
    ownerSession = tenants.api().signIn(workspace.ownerEmail()); // before any row count: a sign-in is audited
  }

  private static TestApi.Answer createWorkspace(Object body) {
    return tenants.api().post("/v1/me/workspaces", ownerSession, body);
  }

  private static TestApi.Answer createKey(Object body) {
    return tenants.api().post("/v1/" + workspace.id() + "/api-keys", workspace.ownerKey(), body);
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
    assertInvalid(tenants.api().get("/v1/" + workspace.id() + "/api-keys?mine_only=yes", workspace.ownerKey()),
        "query", "mine_only");
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
    assertTrue(assertRejected(tenants.api().post("/v1/workspaces/" + workspace.id() + "/provision",
        workspace.ownerKey(), huge), 413)
        .isTextual());
  }

  @Test
  void idsThatAreNotUuidsAreRefusedWithTheirPath() {
    assertInvalid(tenants.api().get("/v1/workspaces/not-a-uuid", workspace.ownerKey()), "path", "workspace_id");
    assertInvalid(tenants.api().get("/v1/12345/api-keys", workspace.ownerKey()), "path", "workspace_id");
    assertInvalid(tenants.api().call("DELETE", "/v1/" + workspace.id() + "/api-keys/not-a-uuid", workspace.ownerKey(),
        null), "path", "key_id");
    assertInvalid(tenants.api().post("/v1/" + workspace.id() + "/api-keys/zzz/rotate", workspace.ownerKey(),
        Map.of("duration_days", 7)),
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
      assertInvalid(tenants.api().post("/v1/auth/login", null, Map.of("email", bad, "password", TestApi.PASSWORD)),
          "body", "email");
    }
  }

  @Test
  void aTakenSlugIsAConflict() {
    assertTrue(assertRejected(createWorkspace(Map.of("slug", slug, "name", "Again", "environment", "staging")), 409)
        .asText().contains(slug));
  }

  @Test
  void aKeyGivenTwiceInOneObjectIsRefused() {
    String twice = "{\"slug\": \"dup-" + RouteExamples.shortId() + "\", \"name\": \"N\", \"environment\": \"staging\","
        + " \"slug\": \"other-" + RouteExamples.shortId() + "\"}";
    assertEquals("duplicate_key", assertInvalid(createWorkspace(twice), "body", "slug").path("type").asText());
    assertInvalid(createKey("{\"name\": \"k\", \"duration_days\": 7, \"duration_days\": 30}"), "body", "duration_days");
  }

  @Test
  void aByteOrderMarkBeforeTheJsonIsRefused() {
    // HttpClient encodes the text as UTF-8: U+FEFF becomes EF BB BF ahead of the object.
    JsonNode first = assertInvalid(createKey("\uFEFF{\"name\": \"k\", \"duration_days\": 7}"), "body", 0);
    assertTrue(first.path("msg").asText().contains("byte order mark"), first.toString());
  }

  @Test
  void headersOverEightKibibytesGetAJson431() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(tenants.api().baseUrl() + "/v1/workspaces"))
        .header("Authorization", "Bearer " + workspace.ownerKey()).header("X-Padding", "x".repeat(16 * 1024)).build(),
        HttpResponse.BodyHandlers.ofString());
    TestApi.Answer a = new TestApi.Answer(r.statusCode(), r.headers().map(), r.body());
    assertTrue(a.header("content-type").startsWith("application/json"), a.headers().toString());
    assertEquals("Request Header Fields Too Large", assertRejected(a, 431).asText());
  }
}
