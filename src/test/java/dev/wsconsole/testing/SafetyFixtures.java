package dev.wsconsole.testing;

import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data sources and monitor concepts made through the API (as the workspace owner) for tests, valid
 * request bodies to start from, and the store call that finishes a sync run (the importer's job later).
 */
public final class SafetyFixtures {
  /** A password that must never appear in plain text anywhere in the database. */
  public static final String DB_PASSWORD = "Pa55-plain-text-never-" + UUID.randomUUID();
  public static final String CLIENT_SECRET = "client-secret-never-" + UUID.randomUUID();

  private SafetyFixtures() {}

  /** A FHIR data source body with a password and a nested client secret. */
  public static Map<String, Object> dataSourceBody(String name) {
    Map<String, Object> auth = new LinkedHashMap<>();
    auth.put("client_id", "console");
    auth.put("client_secret", CLIENT_SECRET);
    auth.put("token_url", "https://ehr.example.org/oauth2/token");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("base_url", "https://ehr.example.org/fhir/R4");
    config.put("username", "importer");
    config.put("password", DB_PASSWORD);
    config.put("auth", auth);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("source_type", "fhir");
    body.put("sync_strategy", "scheduled");
    body.put("sync_schedule", "0 */6 * * *");
    body.put("entity_types", List.of("Patient", "Encounter"));
    body.put("connection_config", config);
    return body;
  }

  /** A fresh data source in {@code ws}, created through the API with an owner key. */
  public static UUID dataSource(TestApi api, UUID ws, UUID owner) {
    String key = api.key(ws, owner, Role.OWNER);
    TestApi.Answer a = api.post("/v1/" + ws + "/data-sources", key,
        dataSourceBody(ConfigFixtures.uniqueName("Source")));
    if (a.status() != 201) {
      throw new AssertionError("could not create a data source: " + a.status() + " " + a.text());
    }
    return UUID.fromString(a.json().get("id").asText());
  }

  /** A valid monitor concept body. */
  public static Map<String, Object> conceptBody(String name) {
    return Map.of("name", name, "description", "Caller mentions chest pain", "threshold", 0.5,
        "standalone_threshold", 0.9, "tags", List.of("cardiac"),
        "escalation", Map.of("immediate", true, "operator_type", "clinician"),
        "agent_config", Map.of("timeout_s", 2.5, "action_space", List.of("warm_transfer")));
  }

  /** A fresh monitor concept in {@code ws}, created through the API with an owner key. */
  public static UUID concept(TestApi api, UUID ws, UUID owner) {
    String key = api.key(ws, owner, Role.OWNER);
    TestApi.Answer a = api.post("/v1/" + ws + "/monitor-concepts", key,
        conceptBody(ConfigFixtures.uniqueName("Concept")));
    if (a.status() != 201) {
      throw new AssertionError("could not create a monitor concept: " + a.status() + " " + a.text());
    }
    return UUID.fromString(a.json().get("id").asText());
  }

  /** Ends a running sync run the way the importer will: success or error with counts. */
  public static boolean finishSync(TestApi api, UUID ws, UUID syncId, boolean success, long synced, long failed,
                                   List<String> errors) {
    return api.backend.dataSourceSyncs().finish(ws, syncId, success, synced + failed, synced, failed, errors,
        AuditRecord.allowed(Map.of("kind", "importer"), success ? "data_source.sync.complete"
            : "data_source.sync.fail", "", "test"));
  }
}
