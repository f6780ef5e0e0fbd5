package dev.wsconsole.server.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Monitor concepts: defaults, update, delete, and every kind of bad input, including foreign ids. */
@Tag("database")
class MonitorConceptApiTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID owner;
  private static String key;
  private static UUID foreignConcept;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("monitor_concepts");
    owner = api.user("owner-concepts@example.org");
    ws = api.workspace("concepts-a", Environment.STAGING, owner);
    key = api.key(ws, owner, Role.OWNER);
    UUID stranger = api.user("owner-concepts-b@example.org");
    UUID other = api.workspace("concepts-b", Environment.STAGING, stranger);
    foreignConcept = SafetyFixtures.concept(api, other, stranger);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static String path() {
    return "/v1/" + ws + "/monitor-concepts";
  }

  private static TestApi.Answer createWith(String field, Object value) {
    Map<String, Object> body = new HashMap<>(SafetyFixtures.conceptBody(ConfigFixtures.uniqueName("Bad")));
    body.put(field, value);
    return api.post(path(), key, body);
  }

  @Test
  void aMinimalConceptGetsTheContractsDefaults() {
    TestApi.Answer a = api.post(path(), key, Map.of("name", "Falls", "description", "Caller mentions a fall"));
    assertEquals(201, a.status(), a.text());
    JsonNode c = a.json();
    assertEquals(0.4, c.get("threshold").asDouble());
    assertEquals(0.85, c.get("standalone_threshold").asDouble());
    assertTrue(c.get("escalation").get("immediate").asBoolean());
    assertEquals("crisis_counselor", c.get("escalation").get("operator_type").asText());
    assertEquals("gemini-2.5-flash", c.get("agent_config").get("model").asText());
    assertEquals(3.0, c.get("agent_config").get("timeout_s").asDouble());
    assertFalse(c.get("has_embedding").asBoolean());
  }

  @Test
  void updateChangesOnlyTheGivenFieldsAndDeleteRemoves() {
    UUID id = SafetyFixtures.concept(api, ws, owner);
    JsonNode c = api.call("PATCH", path() + "/" + id, key, Map.of("tags", List.of("sepsis"),
        "escalation", Map.of("operator_type", "nurse"))).json();
    assertEquals("sepsis", c.get("tags").get(0).asText());
    assertEquals("nurse", c.get("escalation").get("operator_type").asText());
    assertEquals(0.5, c.get("threshold").asDouble());
    assertEquals(204, api.call("DELETE", path() + "/" + id, key, null).status());
    assertEquals(404, api.get(path() + "/" + id, key).status());
    assertTrue(ApiAsserts.auditTrail(api, ws).contains("monitor_concept.delete monitor_concept:" + id));
  }

  @Test
  void thresholdsOutsideZeroToOneAreRefused() {
    ApiAsserts.invalid(createWith("threshold", 1.5), "body.threshold", "less_than_equal");
    ApiAsserts.invalid(createWith("standalone_threshold", -0.1), "body.standalone_threshold", "greater_than_equal");
    UUID id = SafetyFixtures.concept(api, ws, owner);
    ApiAsserts.invalid(api.call("PATCH", path() + "/" + id, key, Map.of("threshold", 2)), "body.threshold",
        "less_than_equal");
    ApiAsserts.invalid(createWith("agent_config", Map.of("timeout_s", 61)), "body.agent_config.timeout_s",
        "less_than_equal");
  }

  @Test
  void oversizedListsAndTextAreRefused() {
    ApiAsserts.invalid(createWith("tags", Collections.nCopies(51, "t")), "body.tags", "too_long");
    ApiAsserts.invalid(createWith("tags", List.of("t".repeat(65))), "body.tags.0", "string_too_long");
    ApiAsserts.invalid(createWith("agent_config", Map.of("action_space", Collections.nCopies(21, "a"))),
        "body.agent_config.action_space", "too_long");
    ApiAsserts.invalid(createWith("description", "d".repeat(2001)), "body.description", "string_too_long");
    ApiAsserts.invalid(createWith("escalation", Map.of("reason", "r".repeat(2001))), "body.escalation.reason",
        "string_too_long");
    ApiAsserts.invalid(createWith("escalation", Map.of("urgency", "high")), "body.escalation.urgency",
        "extra_forbidden");
  }

  @Test
  void anotherWorkspacesConceptIsNotFoundAndADuplicateNameConflicts() {
    String foreign = path() + "/" + foreignConcept;
    assertEquals(404, api.get(foreign, key).status());
    assertEquals(404, api.call("PATCH", foreign, key, Map.of("threshold", 0.2)).status());
    assertEquals(404, api.call("DELETE", foreign, key, null).status());
    ApiAsserts.invalid(api.get(path() + "/42", key), "path.concept_id", "uuid_parsing");
    api.post(path(), key, Map.of("name", "Same", "description", ""));
    assertEquals(409, api.post(path(), key, Map.of("name", "Same", "description", "")).status());
  }
}
