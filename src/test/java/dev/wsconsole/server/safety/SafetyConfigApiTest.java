package dev.wsconsole.server.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The safety configuration: defaults until written, partial upserts, bounds, and one row per workspace. */
@Tag("database")
class SafetyConfigApiTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID other;
  private static String key;
  private static String otherKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("safety_config");
    UUID owner = api.user("owner-safety@example.org");
    ws = api.workspace("safety-a", Environment.STAGING, owner);
    key = api.key(ws, owner, Role.ADMIN);
    UUID stranger = api.user("owner-safety-b@example.org");
    other = api.workspace("safety-b", Environment.STAGING, stranger);
    otherKey = api.key(other, stranger, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static String path(UUID workspace) {
    return "/v1/" + workspace + "/safety/config";
  }

  @Test
  void anUpdateChangesOnlyItsFieldsAndStaysInItsWorkspace() {
    JsonNode before = api.get(path(ws), key).json();
    assertTrue(before.get("triage_enabled").asBoolean());
    TestApi.Answer a = api.call("PUT", path(ws), key, Map.of("triage_model", "gemini-2.5-pro",
        "accumulation_window_size", 20, "triage_timeout_s", 5.5));
    assertEquals(200, a.status(), a.text());
    JsonNode after = api.get(path(ws), key).json();
    assertEquals("gemini-2.5-pro", after.get("triage_model").asText());
    assertEquals(20, after.get("accumulation_window_size").asInt());
    assertEquals(5.5, after.get("triage_timeout_s").asDouble());
    assertEquals(before.get("accumulation_fast_track_level"), after.get("accumulation_fast_track_level"));
    assertEquals("gemini-2.5-flash", api.get(path(other), otherKey).json().get("triage_model").asText());
    assertTrue(ApiAsserts.auditTrail(api, ws).contains("safety.config.update safety_config"));
  }

  @Test
  void outOfRangeNumbersAreRefused() {
    ApiAsserts.invalid(api.call("PUT", path(ws), key, Map.of("triage_timeout_s", 0)), "body.triage_timeout_s",
        "greater_than_equal");
    ApiAsserts.invalid(api.call("PUT", path(ws), key, Map.of("accumulation_fast_track_level", 6)),
        "body.accumulation_fast_track_level", "less_than_equal");
    ApiAsserts.invalid(api.call("PUT", path(ws), key, Map.of("triage_max_history_turns", -1)),
        "body.triage_max_history_turns", "greater_than_equal");
    ApiAsserts.invalid(api.call("PUT", path(ws), key, Map.of("accumulation_mild_threshold", 5,
        "accumulation_single_turn_threshold", 3)), "body.accumulation_mild_threshold", "value_error");
    ApiAsserts.invalid(api.call("PUT", path(ws), key, Map.of("triage_model", "m".repeat(129))),
        "body.triage_model", "string_too_long");
    ApiAsserts.invalid(api.call("PUT", path(ws), key, Map.of("applied_template_ids", new String[] {"x"})),
        "body.applied_template_ids", "extra_forbidden");
  }
}
