package dev.wsconsole.server.http;

import static dev.wsconsole.server.http.RejectedAnswers.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Strings PostgreSQL cannot hold as sent (U+0000, an unpaired surrogate) are 422s naming the field, wherever they
 * come from (body, nested JSON data, query), instead of a 500 from the database or a value stored as "?".
 */
@Tag("database")
class UnstorableTextTest {
  private static final String slug = "nul-" + RouteExamples.shortId();
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("unstorable_text");
  private static final Tenant workspace = tenants.workspace(slug, Environment.STAGING, "owner-" + slug + "@example.org")
      .keys(Role.OWNER);

  private static String in(String path) {
    return "/v1/" + workspace.id() + path;
  }

  private static TestApi.Answer post(String path, Object body) {
    return tenants.api().post(in(path), workspace.ownerKey(), body);
  }

  @Test
  void aNulInTheSignInEmailIsRefused() {
    unstorable(assertInvalid(tenants.api().post("/v1/auth/login", null,
        Map.of("email", "owner-" + slug + "\u0000@example.org", "password", TestApi.PASSWORD)), "body", "email"));
  }

  @Test
  void aNulInASearchQueryIsRefused() {
    unstorable(assertInvalid(tenants.api().get(in("/world/search?q=ab%00cd"), workspace.ownerKey()),
        "query", "q"));
    unstorable(assertInvalid(tenants.api().get(in("/world/entities?q=%00"), workspace.ownerKey()),
        "query", "q"));
  }

  @Test
  void aNulInWorldEventDataIsRefusedAndNothingIsAppended() {
    TestApi.Answer entity = post("/world/entities", Map.of("entity_type", "patient",
        "external_key", "Patient/" + UUID.randomUUID(), "display_name", "Pat"));
    assertEquals(200, entity.status(), entity.text());
    String id = entity.json().get("id").asText();
    unstorable(assertInvalid(post("/world/events", Map.of("entity_id", id, "event_type", "patient.updated",
        "domain", "clinical", "source", "ehr", "confidence", 1.0, "data", Map.of("phone", "+1555\u00000100"))),
        "body", "data", "phone"));
    TestApi.Answer timeline = tenants.api().get(in("/world/entities/" + id + "/timeline"), workspace.ownerKey());
    assertEquals(200, timeline.status(), timeline.text());
    assertTrue(!timeline.text().contains("patient.updated"), timeline.text());
  }

  @Test
  void aNulInADataSourceConnectionConfigIsRefused() {
    Map<String, Object> body = new java.util.LinkedHashMap<>(SafetyFixtures.dataSourceBody(
        ConfigFixtures.uniqueName("Source")));
    @SuppressWarnings("unchecked")
    Map<String, Object> config = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("connection_config"));
    config.put("username", "import\u0000er");
    body.put("connection_config", config);
    unstorable(assertInvalid(post("/data-sources", body), "body", "connection_config", "username"));
  }

  @Test
  void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
    // Sent as JSON text: the escape reaches the server as written (a Java string would become "?" on the wire).
    String body = "{\"name\": \"Key \\ud800 one\", \"duration_days\": 7}";
    unstorable(assertInvalid(post("/api-keys", body), "body", "name"));
    String reversed = "{\"name\": \"Key \\udc00\\ud800\", \"duration_days\": 7}";
    unstorable(assertInvalid(post("/api-keys", reversed), "body", "name"));
  }

  @Test
  void aValidSurrogatePairIsAcceptedAndStoredAsSent() {
    TestApi.Answer a = post("/api-keys", "{\"name\": \"Key \\ud83d\\ude00\", \"duration_days\": 7}");
    assertEquals(201, a.status(), a.text());
    assertEquals("Key \uD83D\uDE00", a.json().path("name").asText());
  }

  @Test
  void aNulInAKeyOfEventDataIsRefusedAtItsObject() {
    unstorable(assertInvalid(post("/world/events", "{\"entity_id\": \"" + UUID.randomUUID()
        + "\", \"event_type\": \"patient.updated\", \"domain\": \"clinical\", \"source\": \"ehr\","
        + " \"confidence\": 1.0, \"data\": {\"ph\\u0000one\": \"1\"}}"), "body", "data"));
  }

  @Test
  void aNulInAPathIsRefusedAsJson() {
    // Jetty refuses an encoded NUL in a path before routing (400); the answer is our JSON error all the same.
    TestApi.Answer refused = tenants.api().get(in("/calls/call%00one"), workspace.ownerKey());
    assertEquals("Bad Request", RejectedAnswers.assertRejected(refused, 400).asText());
    // Jetty drops that connection; the answer must say so, or the client sends its next request down it.
    assertEquals("close", refused.header("connection"), refused.headers().toString());
  }

  @Test
  void aQueryValueThatIsNotUtf8IsNotStoredAsAQuestionMark() {
    // %ED%A0%80 is a surrogate encoded as if it were a character: no valid UTF-8.
    TestApi.Answer a = tenants.api().get(in("/world/search?q=ab%ED%A0%80"), workspace.ownerKey());
    assertTrue(a.status() == 200 || a.status() == 400 || a.status() == 422, a.status() + " " + a.text());
    assertTrue(!a.text().contains("ab?"), a.text());
  }

  private static void unstorable(JsonNode first) {
    assertEquals("string_unstorable", first.path("type").asText(), first.toString());
  }
}
