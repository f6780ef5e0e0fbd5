package dev.wsconsole.testing;

import dev.wsconsole.server.audit.AuditRecord;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Agents, context graphs and services made the product's way (through the stores, audited) for tests,
 * plus valid request bodies to start from.
 */
public final class ConfigFixtures {
  private ConfigFixtures() {}

  private static AuditRecord audit(String action) {
    return AuditRecord.allowed(Map.of("kind", "test"), action, "", "test");
  }

  public static String uniqueName(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A fresh agent with one version. */
  public static UUID agent(TestApi api, UUID ws) {
    UUID id = api.backend.agents().create(ws, uniqueName("Agent"), "", audit("agent.create")).id();
    api.backend.agents().addVersion(ws, id, json(agentVersion("Ava")), audit("agent.version.create"));
    return id;
  }

  /** A fresh context graph with one version (the {@link #graphVersion()} body). */
  public static UUID graph(TestApi api, UUID ws) {
    UUID id = api.backend.contextGraphs().create(ws, uniqueName("Graph"), "", audit("context_graph.create")).id();
    api.backend.contextGraphs().addVersion(ws, id, json(graphVersion()), audit("context_graph.version.create"));
    return id;
  }

  /** A fresh service over a fresh agent and graph, returning its id. */
  public static UUID service(TestApi api, UUID ws, String token) {
    TestApi.Answer a = api.post("/v1/" + ws + "/services", token, serviceBody(agent(api, ws), graph(api, ws)));
    if (a.status() != 201) {
      throw new AssertionError("service fixture: " + a.status() + " " + a.text());
    }
    return UUID.fromString(a.json().get("id").asText());
  }

  public static Map<String, Object> agentVersion(String name) {
    return Map.of("name", name, "initials", "AV", "identity", Map.of("name", name, "role", "front desk",
        "developed_by", "Clinic", "default_spoken_language", "en"), "behaviors", List.of("Be brief."));
  }

  /** greet -> (decide) -> book | faq -> wrap-up: every state reachable, terminal reachable. */
  public static Map<String, Object> graphVersion() {
    return Map.of("description", "Front desk", "new_user_initial_state", "greet",
        "returning_user_initial_state", "greet", "terminal_state", "end",
        "states", List.of(
            action("greet", List.of(exit("The caller says why they call", "route"))),
            Map.of("type", "decision", "name", "route", "objective", "Pick a path",
                "exit_conditions", List.of(exit("Wants an appointment", "book"), exit("Has a question", "end"))),
            Map.of("type", "data_collection", "name", "book", "objective", "Collect details",
                "fields", List.of(Map.of("key", "dob", "type", "date", "label", "Date of birth")),
                "on_complete", "end"),
            action("end", List.of())));
  }

  public static Map<String, Object> action(String name, List<Object> exits) {
    return Map.of("type", "action", "name", name, "objective", "Handle " + name, "actions",
        List.of(Map.of("description", "Talk")), "intra_state_navigation_guidelines", List.of(),
        "action_guidelines", List.of(), "boundary_constraints", List.of(), "exit_conditions", exits);
  }

  public static Map<String, Object> exit(String description, String next) {
    return Map.of("description", description, "next_state", next);
  }

  public static Map<String, Object> serviceBody(UUID agent, UUID graph) {
    return Map.of("name", uniqueName("Service"), "agent_id", agent.toString(), "context_graph_id", graph.toString());
  }

  public static String json(Object body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
