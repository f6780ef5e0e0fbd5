package dev.wsconsole.server.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The retention policy: 365-36500 days, legal hold with a reason, and the environment's audit minimum. */
@Tag("database")
class RetentionPolicyTest {
  private static TestApi api;
  private static UUID staging;
  private static UUID production;
  private static String stagingKey;
  private static String productionKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("retention");
    UUID owner = api.user("retention@example.org");
    staging = api.workspace("retention-staging", Environment.STAGING, owner);
    production = api.workspace("retention-production", Environment.PRODUCTION, owner);
    stagingKey = api.key(staging, owner, Role.OWNER);
    productionKey = api.key(production, owner, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  static TestApi.Answer put(UUID ws, String key, Map<String, Object> body) {
    return api.call("PUT", "/v1/" + ws + "/settings/retention", key, body);
  }

  static JsonNode get(UUID ws, String key) {
    return api.get("/v1/" + ws + "/settings/retention", key).json();
  }

  @Test
  void unsetPeriodsDefaultToSixYearsAndTheAuditLogToItsEnvironment() {
    JsonNode s = get(staging, stagingKey);
    assertEquals(2190, s.get("call_recordings_days").asInt());
    assertEquals(2190, s.get("phi_data_days").asInt());
    assertEquals(365, s.get("audit_log_days").asInt());
    assertFalse(s.get("legal_hold").asBoolean());
    assertTrue(s.get("legal_hold_reason").isNull());
    assertEquals(2190, get(production, productionKey).get("audit_log_days").asInt());
  }

  @Test
  void periodsOutsideOneToHundredYearsAreRefused() {
    for (String field : RetentionRules.PERIODS) {
      TestApi.Answer low = put(staging, stagingKey, Map.of(field, 364));
      assertEquals(422, low.status(), field);
      assertEquals("greater_than_equal", low.json().get("detail").get(0).get("type").asText());
      TestApi.Answer high = put(staging, stagingKey, Map.of(field, 36501));
      assertEquals("less_than_equal", high.json().get("detail").get(0).get("type").asText(), high.text());
    }
    assertEquals(200, put(staging, stagingKey, Map.of("call_transcripts_days", 36500)).status());
  }

  @Test
  void productionRefusesAnAuditLogShorterThanItsMinimumAndSaysWhy() {
    TestApi.Answer refused = put(production, productionKey, Map.of("audit_log_days", 2189));
    assertEquals(422, refused.status(), refused.text());
    JsonNode error = refused.json().get("detail").get(0);
    assertEquals("[\"body\",\"audit_log_days\"]", error.get("loc").toString());
    assertTrue(error.get("msg").asText().contains("production") && error.get("msg").asText().contains("2190"),
        error.toString());
    assertEquals(200, put(production, productionKey, Map.of("audit_log_days", 2190)).status());
    assertEquals(200, put(staging, stagingKey, Map.of("audit_log_days", 365)).status(), "staging's minimum is 365");
    assertEquals(365, get(staging, stagingKey).get("audit_log_days").asInt());
  }

  @Test
  void aLegalHoldNeedsAReasonAndEndingItDropsTheReason() {
    UUID owner = api.user("hold@example.org");
    UUID ws = api.workspace("retention-hold", Environment.STAGING, owner);
    String key = api.key(ws, owner, Role.ADMIN);
    TestApi.Answer noReason = put(ws, key, Map.of("legal_hold", true));
    assertEquals(422, noReason.status());
    assertEquals("[\"body\",\"legal_hold_reason\"]", noReason.json().get("detail").get(0).get("loc").toString());
    assertEquals(422, put(ws, key, Map.of("legal_hold", true, "legal_hold_reason", "   ")).status());
    assertEquals(422, put(ws, key, Map.of("legal_hold", true, "legal_hold_reason", "x".repeat(2001))).status());
    JsonNode held = put(ws, key, Map.of("legal_hold", true, "legal_hold_reason", "Smith v. Clinic, case 24-117"))
        .json();
    assertTrue(held.get("legal_hold").asBoolean());
    Map<String, Object> dropReason = new HashMap<>();
    dropReason.put("legal_hold_reason", null);
    assertEquals(422, put(ws, key, dropReason).status(), "a hold stays explained while it is on");
    JsonNode kept = put(ws, key, Map.of("phi_data_days", 4000)).json();
    assertEquals("Smith v. Clinic, case 24-117", kept.get("legal_hold_reason").asText());
    JsonNode ended = put(ws, key, Map.of("legal_hold", false)).json();
    assertFalse(ended.get("legal_hold").asBoolean());
    assertTrue(ended.get("legal_hold_reason").isNull(), ended.toString());
    assertEquals(4000, ended.get("phi_data_days").asInt());
  }
}
