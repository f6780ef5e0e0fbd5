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
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Monitor concepts: defaults, update, delete, and every kind of bad input, including foreign ids. */
@Tag("database")
class MonitorConceptApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("monitor_concepts");
  private static final Tenant ws = tenants.workspace("concepts-a", Environment.STAGING, "owner-concepts@example.org")
      .keys(Role.OWNER);
  private static final Tenant other = tenants.workspace("concepts-b", Environment.STAGING,
      "owner-concepts-b@example.org");

  private static UUID foreignConcept;

  @BeforeAll
  static void foreignConcept() {
    foreignConcept = SafetyFixtures.concept(tenants.api(), other.id(), other.owner());
  }

  private static String path() {
    return "/v1/" + ws.id() + "/monitor-concepts";
  }

  private static TestApi.Answer createWith(String field, Object value) {
    Map<String, Object> body = new HashMap<>(SafetyFixtures.conceptBody(ConfigFixtures.uniqueName("Bad")));
    body.put(field, value);
    return tenants.api().post(path(), ws.ownerKey(), body);
  }

  @Test
  void aMinimalConceptGetsTheContractsDefaults() {
    TestApi.Answer a = tenants.api().post(path(), ws.ownerKey(), Map.of("name", "Falls", "description",
        "Caller mentions a fall"));
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
    UUID id = SafetyFixtures.concept(tenants.api(), ws.id(), ws.owner());
    JsonNode c = tenants.api().call("PATCH", path() + "/" + id, ws.ownerKey(), Map.of("tags", List.of("sepsis"),
        "escalation", Map.of("operator_type", "nurse"))).json();
    assertEquals("sepsis", c.get("tags").get(0).asText());
    assertEquals("nurse", c.get("escalation").get("operator_type").asText());
    assertEquals(0.5, c.get("threshold").asDouble());
    assertEquals(204, tenants.api().call("DELETE", path() + "/" + id, ws.ownerKey(), null).status());
    assertEquals(404, tenants.api().get(path() + "/" + id, ws.ownerKey()).status());
    assertTrue(ApiAsserts.auditTrail(tenants.api(), ws.id()).contains("monitor_concept.delete monitor_concept:" + id));
  }

  @Test
  void thresholdsOutsideZeroToOneAreRefused() {
    ApiAsserts.invalid(createWith("threshold", 1.5), "body.threshold", "less_than_equal");
    ApiAsserts.invalid(createWith("standalone_threshold", -0.1), "body.standalone_threshold", "greater_than_equal");
    UUID id = SafetyFixtures.concept(tenants.api(), ws.id(), ws.owner());
    ApiAsserts.invalid(tenants.api().call("PATCH", path() + "/" + id, ws.ownerKey(), Map.of("threshold", 2)),
        "body.threshold",
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
    assertEquals(404, tenants.api().get(foreign, ws.ownerKey()).status());
    assertEquals(404, tenants.api().call("PATCH", foreign, ws.ownerKey(), Map.of("threshold", 0.2)).status());
    assertEquals(404, tenants.api().call("DELETE", foreign, ws.ownerKey(), null).status());
    ApiAsserts.invalid(tenants.api().get(path() + "/42", ws.ownerKey()), "path.concept_id", "uuid_parsing");
    tenants.api().post(path(), ws.ownerKey(), Map.of("name", "Same", "description", ""));
    assertEquals(409, tenants.api().post(path(), ws.ownerKey(), Map.of("name", "Same", "description", "")).status());
  }
}
