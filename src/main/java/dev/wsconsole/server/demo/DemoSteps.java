package dev.wsconsole.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import java.util.Map;

/** The steps of {@link DemoPlan}: each builds one kind of thing in a clinic through the API. */
final class DemoSteps {
  /** Safety templates every demo clinic applies. */
  static final java.util.List<String> TEMPLATES = java.util.List.of("us-healthcare-baseline", "hipaa-minimum-necessary");

  private DemoSteps() {}

  /** Invites each demo person with their role; each accepts as themselves. */
  static void members(DemoWorkspace ws) {
    for (Role role : DemoPeople.ROLES) {
      DemoPeople.Person p = ws.people().byRole().get(role);
      JsonNode invitation = ws.owner().post(ws.in() + "/invitations", Map.of("email", p.email(), "role", role.wireName()));
      p.api().post("/v1/invitations/accept", Map.of("token", invitation.get("token").asText()));
    }
  }

  /** An agent, a context graph and two services using them: the front desk and prescription refills. */
  static void services(DemoWorkspace ws) {
    String agent = ws.owner().post(ws.in() + "/agents", Map.of("name", "Reception agent",
        "description", "Greets callers of " + ws.clinic().name())).get("id").asText();
    String graph = ws.owner().post(ws.in() + "/context-graphs", Map.of("name", "Scheduling flow",
        "description", "Appointments, refills and messages")).get("id").asText();
    for (String name : java.util.List.of("Front desk", "Prescription refills")) {
      ws.owner().post(ws.in() + "/services", Map.of("name", name, "agent_id", agent, "context_graph_id", graph,
          "description", name + " line of " + ws.clinic().name()));
    }
  }

  /** Two fictional 555-01xx numbers in the clinic's area code, both answered by its first service. */
  static void phoneNumbers(DemoWorkspace ws) {
    String service = ws.owner().get(ws.in() + "/services").get("items").get(0).get("id").asText();
    String[][] lines = {{"0100", "Main line"}, {"0101", "After hours"}};
    for (String[] line : lines) {
      ws.owner().post(ws.in() + "/phone-numbers", Map.of("phone_number", "+1" + ws.clinic().areaCode() + "555" + line[0],
          "display_name", line[1], "inbound_service_id", service));
    }
  }

  /**
   * The EHR (FHIR R4 server, not reachable from here) and its nightly export of FHIR Bundles into the clinic's
   * folder of the imports root, which the {@code patients} step fills and syncs; no secrets, so no key is needed.
   */
  static void dataSources(DemoWorkspace ws) {
    ws.owner().post(ws.in() + "/data-sources", Map.of("name", "ehr", "display_name", "EHR (FHIR R4)",
        "source_type", "fhir", "connection_config", Map.of("base_url", "https://fhir." + ws.clinic().slug()
            + ".example/R4"), "entity_types", java.util.List.of("Patient", "Appointment", "Encounter")));
    ws.owner().post(ws.in() + "/data-sources", Map.of("name", DemoWorldSteps.EXPORT, "display_name",
        "Nightly EHR export (FHIR bundles)", "source_type", "file_drop", "connection_config",
        Map.of("drop_folder", DemoWorldSteps.exportFolder(ws).toString()), "sync_strategy", "scheduled",
        "sync_schedule", "0 2 * * *"));
  }

  /** Voice speed and retention; production keeps recordings seven years, staging 400 days. */
  static void settings(DemoWorkspace ws) {
    ws.owner().put(ws.in() + "/settings/voice", Map.of("speed", 1.05));
    ws.owner().put(ws.in() + "/settings/retention", Map.of("call_recordings_days",
        ws.clinic().environment() == Environment.PRODUCTION ? 2555 : 400));
  }

  /** The US baseline and HIPAA minimum-necessary templates, applied as an admin would. */
  static void safetyTemplates(DemoWorkspace ws) {
    for (String template : TEMPLATES) {
      ws.owner().post(ws.in() + "/safety/templates/" + template + "/apply", Map.of("override_existing", false));
    }
  }
}
