package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Data sources over the real API: contract fields, masked secrets, keep-on-mask, listing and filters. */
@Tag("database")
class DataSourceApiTest {
  private static final String MASK = ConnectionSecretRules.MASK;
  private static TestApi api;
  private static UUID ws;
  private static UUID owner;
  private static String ownerKey;
  private static String viewerKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("data_sources");
    owner = api.user("owner-ds@example.org");
    ws = api.workspace("ds-clinic", Environment.STAGING, owner);
    ownerKey = api.key(ws, owner, Role.OWNER);
    UUID viewer = api.user("viewer-ds@example.org");
    api.member(ws, viewer, Role.VIEWER);
    viewerKey = api.key(ws, viewer, Role.VIEWER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static String path() {
    return "/v1/" + ws + "/data-sources";
  }

  private static JsonNode create(String name) {
    TestApi.Answer a = api.post(path(), ownerKey, SafetyFixtures.dataSourceBody(name));
    assertEquals(201, a.status(), a.text());
    return a.json();
  }

  @Test
  void createdSourceShowsItsSecretsOnlyMasked() {
    JsonNode ds = create("Main EHR");
    JsonNode config = ds.get("connection_config");
    assertEquals(MASK, config.get("password").asText());
    assertEquals(MASK, config.get("auth").get("client_secret").asText());
    assertEquals("importer", config.get("username").asText());
    assertEquals("https://ehr.example.org/oauth2/token", config.get("auth").get("token_url").asText());
    assertEquals("fhir", ds.get("source_type").asText());
    assertEquals("scheduled", ds.get("sync_strategy").asText());
    assertEquals("unknown", ds.get("health_status").asText());
    assertTrue(ds.get("is_active").asBoolean());
    assertTrue(ds.get("is_stale").asBoolean(), "a scheduled source that never synced is stale");
    assertTrue(ds.get("last_sync_at").isNull());
    String fetched = api.get(path() + "/" + ds.get("id").asText(), viewerKey).text();
    assertFalse(fetched.contains(SafetyFixtures.DB_PASSWORD) || fetched.contains(SafetyFixtures.CLIENT_SECRET));
  }

  @Test
  void patchSendingTheMaskBackKeepsTheStoredSecretAndANewValueReplacesIt() {
    UUID id = UUID.fromString(create("Keeps secrets").get("id").asText());
    Map<String, Object> config = Map.of("base_url", "https://other.example.org/fhir", "password", MASK,
        "auth", Map.of("client_secret", "rotated-secret"));
    TestApi.Answer a = api.call("PATCH", path() + "/" + id, ownerKey, Map.of("connection_config", config));
    assertEquals(200, a.status(), a.text());
    assertEquals(MASK, a.json().get("connection_config").get("password").asText());
    JsonNode secrets = api.backend.dataSources().secrets(ws, id).orElseThrow();
    assertEquals(SafetyFixtures.DB_PASSWORD, secrets.get("/password").asText());
    assertEquals("rotated-secret", secrets.get("/auth/client_secret").asText());
  }

  @Test
  void patchWithoutConfigurationLeavesTheSecretsAlone() {
    UUID id = UUID.fromString(create("Untouched secrets").get("id").asText());
    TestApi.Answer a = api.call("PATCH", path() + "/" + id, ownerKey, Map.of("is_active", false,
        "sync_strategy", "manual"));
    assertEquals(200, a.status(), a.text());
    assertFalse(a.json().get("is_active").asBoolean());
    assertFalse(a.json().get("is_stale").asBoolean());
    assertEquals(SafetyFixtures.DB_PASSWORD, api.backend.dataSources().secrets(ws, id).orElseThrow()
        .get("/password").asText());
  }

  @Test
  void theMaskWhereNoSecretIsStoredIsRefused() {
    UUID id = UUID.fromString(create("No stored token").get("id").asText());
    TestApi.Answer a = api.call("PATCH", path() + "/" + id, ownerKey,
        Map.of("connection_config", Map.of("api_token", MASK)));
    ApiAsserts.invalid(a, "body.connection_config.api_token", "value_error");
  }

  @Test
  void listFiltersBySourceTypeActivityAndSearch() {
    create("Filter FHIR one");
    Map<String, Object> crm = SafetyFixtures.dataSourceBody("Filter CRM");
    crm.put("source_type", "crm");
    assertEquals(201, api.post(path(), ownerKey, crm).status());
    JsonNode page = api.get(path() + "?source_type=crm&source_type=webhook&search=Filter", viewerKey).json();
    assertEquals(1, page.get("total").asInt());
    assertEquals("Filter CRM", page.get("items").get(0).get("name").asText());
    JsonNode fhir = api.get(path() + "?source_type=fhir&search=filter%20fhir&limit=1", viewerKey).json();
    assertEquals(1, fhir.get("items").size());
    assertEquals("fhir", fhir.get("items").get(0).get("source_type").asText());
  }

  @Test
  void aDuplicateNameIsAConflictWithoutDatabaseText() {
    create("Twice");
    TestApi.Answer a = api.post(path(), ownerKey, SafetyFixtures.dataSourceBody("Twice"));
    assertEquals(409, a.status());
    assertFalse(a.text().contains("duplicate key") || a.text().contains("violates"), a.text());
  }

  @Test
  void deleteRemovesTheSourceAndEveryWriteIsAudited() {
    UUID id = UUID.fromString(create("Short lived").get("id").asText());
    assertEquals(204, api.call("DELETE", path() + "/" + id, ownerKey, null).status());
    assertEquals(404, api.get(path() + "/" + id, ownerKey).status());
    List<String> trail = ApiAsserts.auditTrail(api, ws);
    assertTrue(trail.contains("data_source.create data_source:" + id), trail.toString());
    assertTrue(trail.contains("data_source.delete data_source:" + id), trail.toString());
  }

  @Test
  void aViewerCannotCreateOrSync() {
    assertEquals(403, api.post(path(), viewerKey, SafetyFixtures.dataSourceBody("Nope")).status());
    UUID id = SafetyFixtures.dataSource(api, ws, owner);
    assertEquals(403, api.post(path() + "/" + id + "/sync", viewerKey, null).status());
  }
}
