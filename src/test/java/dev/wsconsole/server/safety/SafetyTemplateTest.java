package dev.wsconsole.server.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The regulation template catalog and applying a template: create, skip, override, and the record of it. */
@Tag("database")
class SafetyTemplateTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("safety_templates");
  private static final Tenant ws = tenants.workspace("templates-clinic", Environment.PRODUCTION,
      "owner-templates@example.org").keys(Role.ADMIN);

  private static String path(String rest) {
    return "/v1/" + ws.id() + "/safety/templates" + rest;
  }

  @Test
  void theCatalogCoversTheFourRegulationsAndABaselineOfThemAll() {
    JsonNode list = tenants.api().get(path(""), ws.adminKey()).json();
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.get("id").asText()));
    assertEquals(List.of("tjc-npsg-15-01-01-suicide-risk", "domestic-violence-disclosure",
        "fda-medwatch-adverse-events", "hipaa-minimum-necessary", "us-healthcare-baseline"), ids);
    JsonNode baseline = list.get(4);
    assertTrue(baseline.get("is_composite").asBoolean());
    assertEquals(12, baseline.get("rules").size(), "the baseline carries every member's rules");
  }

  @Test
  void theSuicideRiskTemplateScreensWithAValidatedToolAndEscalatesToAClinicianAtOnce() {
    JsonNode t = tenants.api().get(path("/tjc-npsg-15-01-01-suicide-risk"), ws.adminKey()).json();
    assertTrue(t.get("regulation").asText().contains("NPSG.15.01.01"));
    JsonNode ideation = t.get("rules").get(0);
    assertTrue(ideation.get("escalation").get("immediate").asBoolean());
    assertEquals("crisis_counselor", ideation.get("escalation").get("operator_type").asText());
    assertTrue(ideation.get("agent_config").get("system_prompt").asText().contains("thoughts of killing yourself"));
    assertTrue(ideation.get("threshold").asDouble() < ideation.get("standalone_threshold").asDouble());
    JsonNode hipaa = tenants.api().get(path("/hipaa-minimum-necessary"), ws.adminKey()).json();
    assertTrue(hipaa.get("regulation").asText().contains("164.502(b)"));
    JsonNode fda = tenants.api().get(path("/fda-medwatch-adverse-events"), ws.adminKey()).json();
    assertTrue(fda.get("description").asText().contains("MedWatch"));
  }

  @Test
  void unknownOrOverlongTemplateIdsAreRefused() {
    assertEquals(404, tenants.api().get(path("/gdpr"), ws.adminKey()).status());
    assertEquals(404, tenants.api().post(path("/gdpr/apply"), ws.adminKey(), Map.of()).status());
    ApiAsserts.invalid(tenants.api().get(path("/" + "t".repeat(129)), ws.adminKey()), "path.template_id",
        "string_too_long");
    ApiAsserts.invalid(tenants.api().post(path("/hipaa-minimum-necessary/apply"), ws.adminKey(),
        Map.of("override_existing", "yes")),
        "body.override_existing", "type_error");
  }

  @Test
  void applyingCreatesConceptsThenSkipsThemThenOverridesOnRequest() {
    String apply = path("/domestic-violence-disclosure/apply");
    JsonNode first = tenants.api().post(apply, ws.adminKey(), Map.of()).json();
    assertEquals(3, first.get("created_concepts").size(), first.toString());
    assertEquals(0, first.get("skipped").size());
    JsonNode concept = null;
    for (JsonNode c : tenants.api().get("/v1/" + ws.id() + "/monitor-concepts?limit=20",
        ws.adminKey()).json().get("items")) {
      concept = c.get("name").asText().equals("Intimate partner violence disclosure") ? c : concept;
    }
    assertTrue(concept != null, "the template's first rule became a concept of the same name");
    assertEquals("social_worker", concept.get("escalation").get("operator_type").asText());
    String conceptPath = "/v1/" + ws.id() + "/monitor-concepts/" + concept.get("id").asText();
    tenants.api().call("PATCH", conceptPath, ws.adminKey(), Map.of("threshold", 0.99));

    JsonNode second = tenants.api().post(apply, ws.adminKey(), Map.of("override_existing", false)).json();
    assertEquals(0, second.get("created_concepts").size());
    assertEquals(3, second.get("skipped").size());
    assertEquals(0.99, tenants.api().get(conceptPath, ws.adminKey()).json().get("threshold").asDouble());

    JsonNode third = tenants.api().post(apply, ws.adminKey(), Map.of("override_existing", true)).json();
    assertEquals(3, third.get("overridden").size(), third.toString());
    assertEquals(0.4, tenants.api().get(conceptPath, ws.adminKey()).json().get("threshold").asDouble());
    JsonNode config = tenants.api().get("/v1/" + ws.id() + "/safety/config", ws.adminKey()).json();
    assertEquals("domestic-violence-disclosure", config.get("applied_template_ids").get(0).asText());
    assertEquals(1, config.get("applied_template_ids").size(), "applied once, listed once");
    assertTrue(ApiAsserts.auditTrail(tenants.api(),
        ws.id()).contains("safety.template.apply safety_template:domestic-violence-disclosure"));
  }
}
