package dev.wsconsole.server.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retention policy: 365-36500 days, legal hold with a reason, and the environment's audit minimum. */
@Tag("database")
class RetentionPolicyTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("retention");
  private static final Tenant staging = tenants.workspace("retention-staging", Environment.STAGING,
      "retention@example.org").keys(Role.OWNER);
  private static final Tenant production = tenants.workspace("retention-production", Environment.PRODUCTION,
      "retention@example.org").keys(Role.OWNER);

  static TestApi.Answer put(UUID ws, String key, Map<String, Object> body) {
    return tenants.api().call("PUT", "/v1/" + ws + "/settings/retention", key, body);
  }

  static JsonNode get(UUID ws, String key) {
    return tenants.api().get("/v1/" + ws + "/settings/retention", key).json();
  }

  @Test
  void unsetPeriodsDefaultToSixYearsAndTheAuditLogToItsEnvironment() {
    JsonNode s = get(staging.id(), staging.ownerKey());
    assertEquals(2190, s.get("call_recordings_days").asInt());
    assertEquals(2190, s.get("phi_data_days").asInt());
    assertEquals(365, s.get("audit_log_days").asInt());
    assertFalse(s.get("legal_hold").asBoolean());
    assertTrue(s.get("legal_hold_reason").isNull());
    assertEquals(2190, get(production.id(), production.ownerKey()).get("audit_log_days").asInt());
  }

  @Test
  void periodsOutsideOneToHundredYearsAreRefused() {
    for (String field : RetentionRules.PERIODS) {
      TestApi.Answer low = put(staging.id(), staging.ownerKey(), Map.of(field, 364));
      assertEquals(422, low.status(), field);
      assertEquals("greater_than_equal", low.json().get("detail").get(0).get("type").asText());
      TestApi.Answer high = put(staging.id(), staging.ownerKey(), Map.of(field, 36501));
      assertEquals("less_than_equal", high.json().get("detail").get(0).get("type").asText(), high.text());
    }
    assertEquals(200, put(staging.id(), staging.ownerKey(), Map.of("call_transcripts_days", 36500)).status());
  }

  @Test
  void productionRefusesAnAuditLogShorterThanItsMinimumAndSaysWhy() {
    TestApi.Answer refused = put(production.id(), production.ownerKey(), Map.of("audit_log_days", 2189));
    assertEquals(422, refused.status(), refused.text());
    JsonNode error = refused.json().get("detail").get(0);
    assertEquals("[\"body\",\"audit_log_days\"]", error.get("loc").toString());
    assertTrue(error.get("msg").asText().contains("production") && error.get("msg").asText().contains("2190"),
        error.toString());
    assertEquals(200, put(production.id(), production.ownerKey(), Map.of("audit_log_days", 2190)).status());
    assertEquals(200, put(staging.id(), staging.ownerKey(), Map.of("audit_log_days", 365)).status(),
        "staging's minimum is 365");
    assertEquals(365, get(staging.id(), staging.ownerKey()).get("audit_log_days").asInt());
  }

  @Test
  void aLegalHoldNeedsAReasonAndEndingItDropsTheReason() {
    UUID owner = tenants.api().user("hold@example.org");
    UUID ws = tenants.api().workspace("retention-hold", Environment.STAGING, owner);
    String key = tenants.api().key(ws, owner, Role.ADMIN);
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
