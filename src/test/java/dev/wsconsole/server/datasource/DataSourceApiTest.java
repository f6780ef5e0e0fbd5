package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Data sources over the real API: contract fields, masked secrets, keep-on-mask, listing and filters. */
@Tag("database")
class DataSourceApiTest {
  private static final String MASK = ConnectionSecretRules.MASK;
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("data_sources");
  private static final Tenant ws = tenants.workspace("ds-clinic", Environment.STAGING, "owner-ds@example.org")
      .keys(Role.OWNER).memberWithKey("viewer-ds@example.org", Role.VIEWER);

  private static String path() {
    return "/v1/" + ws.id() + "/data-sources";
  }

  private static JsonNode create(String name) {
    TestApi.Answer a = tenants.api().post(path(), ws.ownerKey(), SafetyFixtures.dataSourceBody(name));
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
    String fetched = tenants.api().get(path() + "/" + ds.get("id").asText(), ws.keyOfMember(Role.VIEWER)).text();
    assertFalse(fetched.contains(SafetyFixtures.DB_PASSWORD) || fetched.contains(SafetyFixtures.CLIENT_SECRET));
  }

  @Test
  void patchSendingTheMaskBackKeepsTheStoredSecretAndANewValueReplacesIt() {
    UUID id = UUID.fromString(create("Keeps secrets").get("id").asText());
    Map<String, Object> config = Map.of("base_url", "https://other.example.org/fhir", "password", MASK,
        "auth", Map.of("client_secret", "rotated-secret"));
    TestApi.Answer a = tenants.api().call("PATCH", path() + "/" + id, ws.ownerKey(), Map.of("connection_config",
        config));
    assertEquals(200, a.status(), a.text());
    assertEquals(MASK, a.json().get("connection_config").get("password").asText());
    JsonNode secrets = tenants.api().backend.dataSources().secrets(ws.id(), id).orElseThrow();
    assertEquals(SafetyFixtures.DB_PASSWORD, secrets.get("/password").asText());
    assertEquals("rotated-secret", secrets.get("/auth/client_secret").asText());
  }

  @Test
  void patchWithoutConfigurationLeavesTheSecretsAlone() {
    UUID id = UUID.fromString(create("Untouched secrets").get("id").asText());
    TestApi.Answer a = tenants.api().call("PATCH", path() + "/" + id, ws.ownerKey(), Map.of("is_active", false,
        "sync_strategy", "manual"));
    assertEquals(200, a.status(), a.text());
    assertFalse(a.json().get("is_active").asBoolean());
    assertFalse(a.json().get("is_stale").asBoolean());
    assertEquals(SafetyFixtures.DB_PASSWORD, tenants.api().backend.dataSources().secrets(ws.id(), id).orElseThrow()
        .get("/password").asText());
  }

  @Test
  void theMaskWhereNoSecretIsStoredIsRefused() {
    UUID id = UUID.fromString(create("No stored token").get("id").asText());
    TestApi.Answer a = tenants.api().call("PATCH", path() + "/" + id, ws.ownerKey(),
        Map.of("connection_config", Map.of("api_token", MASK)));
    ApiAsserts.invalid(a, "body.connection_config.api_token", "value_error");
  }

  @Test
  void listFiltersBySourceTypeActivityAndSearch() {
    create("Filter FHIR one");
    Map<String, Object> crm = SafetyFixtures.dataSourceBody("Filter CRM");
    crm.put("source_type", "crm");
    assertEquals(201, tenants.api().post(path(), ws.ownerKey(), crm).status());
    JsonNode page = tenants.api().get(path() + "?source_type=crm&source_type=webhook&search=Filter",
        ws.keyOfMember(Role.VIEWER)).json();
    assertEquals(1, page.get("total").asInt());
    assertEquals("Filter CRM", page.get("items").get(0).get("name").asText());
    JsonNode fhir = tenants.api().get(path() + "?source_type=fhir&search=filter%20fhir&limit=1",
        ws.keyOfMember(Role.VIEWER)).json();
    assertEquals(1, fhir.get("items").size());
    assertEquals("fhir", fhir.get("items").get(0).get("source_type").asText());
  }

  @Test
  void aDuplicateNameIsAConflictWithoutDatabaseText() {
    create("Twice");
    TestApi.Answer a = tenants.api().post(path(), ws.ownerKey(), SafetyFixtures.dataSourceBody("Twice"));
    assertEquals(409, a.status());
    assertFalse(a.text().contains("duplicate key") || a.text().contains("violates"), a.text());
  }

  @Test
  void deleteRemovesTheSourceAndEveryWriteIsAudited() {
    UUID id = UUID.fromString(create("Short lived").get("id").asText());
    assertEquals(204, tenants.api().call("DELETE", path() + "/" + id, ws.ownerKey(), null).status());
    assertEquals(404, tenants.api().get(path() + "/" + id, ws.ownerKey()).status());
    List<String> trail = ApiAsserts.auditTrail(tenants.api(), ws.id());
    assertTrue(trail.contains("data_source.create data_source:" + id), trail.toString());
    assertTrue(trail.contains("data_source.delete data_source:" + id), trail.toString());
  }

  @Test
  void aViewerCannotCreateOrSync() {
    assertEquals(403, tenants.api().post(path(), ws.keyOfMember(Role.VIEWER),
        SafetyFixtures.dataSourceBody("Nope")).status());
    UUID id = SafetyFixtures.dataSource(tenants.api(), ws.id(), ws.owner());
    assertEquals(403, tenants.api().post(path() + "/" + id + "/sync", ws.keyOfMember(Role.VIEWER), null).status());
  }
}
