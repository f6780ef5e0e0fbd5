package dev.wsconsole.server.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A staging source and a production target administered by one person, with configuration made through the API. */
final class PromotionFixtures {
  final TestApi api;
  final String email;
  final UUID person;
  final UUID source;
  final UUID target;
  final String sourceKey;
  final String targetKey;
  final String session;

  PromotionFixtures(TestApi api) {
    this.api = api;
    String tag = UUID.randomUUID().toString().substring(0, 8);
    email = "promoter-" + tag + "@example.org";
    person = api.user(email);
    source = api.workspace("stg-" + tag, Environment.STAGING, person);
    target = api.workspace("prd-" + tag, Environment.PRODUCTION, person);
    sourceKey = api.key(source, person, Role.OWNER);
    targetKey = api.key(target, person, Role.OWNER);
    session = api.signIn(email);
  }

  TestApi.Answer preview(String token, Object body) {
    return api.post("/v1/workspaces/" + source + "/promotion-preview", token, body);
  }

  TestApi.Answer promote(String token, Object body) {
    return api.post("/v1/workspaces/" + source + "/promote", token, body);
  }

  Map<String, Object> toTarget() {
    return Map.of("target_workspace_id", target.toString());
  }

  /** An answer that must have succeeded, as JSON. */
  static JsonNode ok(TestApi.Answer a) {
    assertEquals(200, a.status(), a.text());
    return a.json();
  }

  /** A document with {@code versions} versions of distinct content in {@code ws}, named {@code name}. */
  UUID agent(UUID ws, String name, String... versions) {
    AuditRecord audit = AuditRecord.allowed(Map.of("kind", "test"), "agent.create", "", "test");
    UUID id = api.backend.agents().create(ws, name, "Front desk agent", audit).id();
    for (String v : versions) {
      api.backend.agents().addVersion(ws, id, ConfigFixtures.json(ConfigFixtures.agentVersion(v)), audit);
    }
    return id;
  }

  UUID graph(UUID ws) {
    return ConfigFixtures.graph(api, ws);
  }

  /** A service through the API pinning agent and graph version 1 in set "main". */
  UUID service(UUID ws, String key, String name, UUID agent, UUID graph) {
    TestApi.Answer a = api.post("/v1/" + ws + "/services", key, Map.of("name", name, "agent_id", agent.toString(),
        "context_graph_id", graph.toString(), "keyterms", List.of("refill"), "tool_capacity", 4,
        "version_sets", Map.of("main", Map.of("agent_version_number", 1, "context_graph_version_number", 1))));
    assertEquals(201, a.status(), a.text());
    return UUID.fromString(a.json().get("id").asText());
  }

  /** A number of {@code ws} labelled {@code label}, routed to {@code service} (or none). */
  UUID number(UUID ws, String key, String label, UUID service) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("phone_number", TestPhoneNumbers.fresh(),
        "display_name", label));
    if (service != null) {
      body.put("inbound_service_id", service.toString());
    }
    TestApi.Answer a = api.post("/v1/" + ws + "/phone-numbers", key, body);
    assertEquals(201, a.status(), a.text());
    return UUID.fromString(a.json().get("id").asText());
  }

  void put(UUID ws, String key, String path, Map<String, Object> body) {
    TestApi.Answer a = api.call("PUT", "/v1/" + ws + path, key, body);
    assertEquals(200, a.status(), a.text());
  }
}
