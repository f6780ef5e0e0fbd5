package dev.wsconsole.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear 4xx with {@code detail}, a request id, no database text, and writes nothing. */
@Tag("database")
class BadInputTest {
  private static final List<String> DATABASE_WORDS =
      List.of("ERROR:", "violates", "constraint", "relation", "PSQLException", "SQLSTATE", "DETAIL", "jdbi");
  private static TestApi api;
  private static String session;
  private static UUID workspace;
  private static String ownerKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("bad_input");
    UUID owner = api.user("bad-input@example.org");
    workspace = api.workspace("taken-slug", Environment.STAGING, owner);
    ownerKey = api.key(workspace, owner, Role.OWNER);
    session = api.signIn("bad-input@example.org");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static long rows(String table) {
    try (Connection c = TestDatabases.admin(api.target);
         ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a bad workspace creation; checks the status, the shape of the error, and that nothing was written. */
  private static JsonNode refusedCreate(Object body, int status) {
    long before = rows("console.workspaces");
    TestApi.Answer a = api.post("/v1/me/workspaces", session, body);
    assertEquals(status, a.status(), a.text());
    clean(a);
    assertEquals(before, rows("console.workspaces"), "a refused request wrote a workspace");
    return a.json().get("detail");
  }

  private static void clean(TestApi.Answer a) {
    assertNotNull(a.header("x-request-id"), "no x-request-id");
    assertNotNull(a.json().get("detail"), a.text());
    for (String word : DATABASE_WORDS) {
      assertFalse(a.text().contains(word), "database text in " + a.text());
    }
  }

  private static Map<String, Object> create(String slug) {
    return Map.of("slug", slug, "name", "Clinic", "environment", "staging");
  }

  @Test
  void malformedJsonIs422() {
    JsonNode detail = refusedCreate("{\"slug\": \"abc\", ", 422);
    assertEquals("json_invalid", detail.get(0).get("type").asText());
  }

  @Test
  void wrongTypesAre422WithTheFieldLocated() {
    JsonNode detail = refusedCreate(Map.of("slug", 12, "name", "x", "environment", "staging"), 422);
    assertEquals(List.of("body", "slug"), List.of(detail.get(0).get("loc").get(0).asText(), detail.get(0).get("loc").get(1).asText()));
    TestApi.Answer days = api.post("/v1/" + workspace + "/api-keys", ownerKey, Map.of("duration_days", "7"));
    assertEquals(422, days.status(), days.text());
    clean(days);
  }

  @Test
  void unknownEnumValuesAre422() {
    refusedCreate(Map.of("slug", "enum-test", "name", "x", "environment", "prod"), 422);
    TestApi.Answer role = api.post("/v1/" + workspace + "/api-keys", ownerKey, Map.of("duration_days", 7, "role", "root"));
    assertEquals(422, role.status(), role.text());
    clean(role);
  }

  @Test
  void unknownFieldsAre422() {
    JsonNode detail = refusedCreate(Map.of("slug", "extra-field", "name", "x", "environment", "staging", "owner", "me"), 422);
    assertEquals("extra_forbidden", detail.get(0).get("type").asText());
  }

  @Test
  void bodiesOverOneMebibyteAre413() {
    String big = "{\"slug\":\"big\",\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\",\"environment\":\"staging\"}";
    refusedCreate(big, 413);
  }

  @Test
  void idsThatAreNotUuidsAre422() {
    TestApi.Answer ws = api.get("/v1/not-a-uuid/api-keys", ownerKey);
    assertEquals(422, ws.status(), ws.text());
    assertEquals("path", ws.json().get("detail").get(0).get("loc").get(0).asText());
    clean(ws);
    TestApi.Answer key = api.call("DELETE", "/v1/" + workspace + "/api-keys/123", ownerKey, null);
    assertEquals(422, key.status(), key.text());
    clean(key);
  }

  @Test
  void invalidSlugsAndEmailsAre422() {
    for (String slug : new String[] {"Upper", "-leading", "a", "x".repeat(64), "trailing-", "under_score"}) {
      refusedCreate(create(slug), 422);
    }
    TestApi.Answer login = api.post("/v1/auth/login", null, Map.of("email", "", "password", "whatever"));
    assertEquals(422, login.status(), login.text());
    clean(login);
  }

  @Test
  void aDuplicateSlugIs409AndSaysSoPlainly() {
    JsonNode detail = refusedCreate(create("taken-slug"), 409);
    assertTrue(detail.asText().contains("taken-slug"), detail.toString());
  }

  @Test
  void unknownPathsAnswerJsonWithARequestId() {
    TestApi.Answer a = api.get("/v1/nowhere/at/all", ownerKey);
    assertEquals(404, a.status());
    clean(a);
  }
}
