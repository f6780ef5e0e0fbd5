package dev.wsconsole.server.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The safety configuration: defaults until written, partial upserts, bounds, and one row per workspace. */
@Tag("database")
class SafetyConfigApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("safety_config");
  private static final Tenant ws = tenants.workspace("safety-a", Environment.STAGING, "owner-safety@example.org")
      .keys(Role.ADMIN);
  private static final Tenant other = tenants.workspace("safety-b", Environment.STAGING, "owner-safety-b@example.org")
      .keys(Role.OWNER);

  private static String path(UUID workspace) {
    return "/v1/" + workspace + "/safety/config";
  }

  @Test
  void anUpdateChangesOnlyItsFieldsAndStaysInItsWorkspace() {
    JsonNode before = tenants.api().get(path(ws.id()), ws.adminKey()).json();
    assertTrue(before.get("triage_enabled").asBoolean());
    TestApi.Answer a = tenants.api().call("PUT", path(ws.id()), ws.adminKey(), Map.of("triage_model", "gemini-2.5-pro",
        "accumulation_window_size", 20, "triage_timeout_s", 5.5));
    assertEquals(200, a.status(), a.text());
    JsonNode after = tenants.api().get(path(ws.id()), ws.adminKey()).json();
    assertEquals("gemini-2.5-pro", after.get("triage_model").asText());
    assertEquals(20, after.get("accumulation_window_size").asInt());
    assertEquals(5.5, after.get("triage_timeout_s").asDouble());
    assertEquals(before.get("accumulation_fast_track_level"), after.get("accumulation_fast_track_level"));
    assertEquals("gemini-2.5-flash", tenants.api().get(path(other.id()),
        other.ownerKey()).json().get("triage_model").asText());
    assertTrue(ApiAsserts.auditTrail(tenants.api(), ws.id()).contains("safety.config.update safety_config"));
  }

  @Test
  void outOfRangeNumbersAreRefused() {
    ApiAsserts.invalid(tenants.api().call("PUT", path(ws.id()), ws.adminKey(), Map.of("triage_timeout_s", 0)),
        "body.triage_timeout_s",
        "greater_than_equal");
    ApiAsserts.invalid(tenants.api().call("PUT", path(ws.id()), ws.adminKey(), Map.of("accumulation_fast_track_level",
        6)),
        "body.accumulation_fast_track_level", "less_than_equal");
    ApiAsserts.invalid(tenants.api().call("PUT", path(ws.id()), ws.adminKey(), Map.of("triage_max_history_turns", -1)),
        "body.triage_max_history_turns", "greater_than_equal");
    ApiAsserts.invalid(tenants.api().call("PUT", path(ws.id()), ws.adminKey(), Map.of("accumulation_mild_threshold", 5,
        "accumulation_single_turn_threshold", 3)), "body.accumulation_mild_threshold", "value_error");
    ApiAsserts.invalid(tenants.api().call("PUT", path(ws.id()), ws.adminKey(), Map.of("triage_model", "m".repeat(129))),
        "body.triage_model", "string_too_long");
    ApiAsserts.invalid(tenants.api().call("PUT", path(ws.id()), ws.adminKey(), Map.of("applied_template_ids",
        new String[] {"x"})),
        "body.applied_template_ids", "extra_forbidden");
  }
}
