package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input to the data-source operations: unknown enums, oversized lists and text, foreign and malformed ids. */
@Tag("database")
class DataSourceBadInputTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("data_source_bad_input");
  private static final Tenant ws = tenants.workspace("dsbad-a", Environment.STAGING, "owner-dsbad@example.org")
      .keys(Role.OWNER);
  private static final Tenant other = tenants.workspace("dsbad-b", Environment.STAGING, "owner-dsbad-b@example.org");

  private static UUID foreignSource;

  @BeforeAll
  static void foreignSource() {
    foreignSource = SafetyFixtures.dataSource(tenants.api(), other.id(), other.owner());
  }

  private static TestApi.Answer create(String field, Object value) {
    Map<String, Object> body = SafetyFixtures.dataSourceBody("Bad " + UUID.randomUUID());
    body.put(field, value);
    return tenants.api().post("/v1/" + ws.id() + "/data-sources", ws.ownerKey(), body);
  }

  @Test
  void unknownSourceTypesAndSyncStrategiesAreRefused() {
    ApiAsserts.invalid(create("source_type", "ftp"), "body.source_type", "enum");
    ApiAsserts.invalid(create("sync_strategy", "hourly"), "body.sync_strategy", "enum");
    UUID id = SafetyFixtures.dataSource(tenants.api(), ws.id(), ws.owner());
    ApiAsserts.invalid(tenants.api().call("PATCH", "/v1/" + ws.id() + "/data-sources/" + id, ws.ownerKey(),
        Map.of("sync_strategy", "often")),
        "body.sync_strategy", "enum");
    ApiAsserts.invalid(tenants.api().get("/v1/" + ws.id() + "/data-sources?source_type=ftp", ws.ownerKey()),
        "query.source_type.0", "enum");
  }

  @Test
  void oversizedListsAndTextAreRefused() {
    ApiAsserts.invalid(create("entity_types", Collections.nCopies(101, "Patient")), "body.entity_types", "too_long");
    ApiAsserts.invalid(create("entity_types", List.of("P".repeat(65))), "body.entity_types.0", "string_too_long");
    ApiAsserts.invalid(create("entity_types", List.of("")), "body.entity_types.0", "string_too_short");
    ApiAsserts.invalid(create("name", "n".repeat(257)), "body.name", "string_too_long");
    ApiAsserts.invalid(create("sync_schedule", "*".repeat(257)), "body.sync_schedule", "string_too_long");
    ApiAsserts.invalid(create("connection_config", Map.of("blob", "x".repeat(70_000))), "body.connection_config",
        "too_long");
  }

  @Test
  void wrongTypesAndUnknownFieldsAreRefused() {
    ApiAsserts.invalid(create("entity_types", "Patient"), "body.entity_types", "type_error");
    ApiAsserts.invalid(create("colour", "blue"), "body.colour", "extra_forbidden");
    ApiAsserts.invalid(tenants.api()
        .get("/v1/" + ws.id() + "/data-sources/" + SafetyFixtures.dataSource(tenants.api(), ws.id(), ws.owner())
        + "/sync-history?days=91", ws.ownerKey()), "query.days", "less_than_equal");
  }

  @Test
  void anotherWorkspacesSourceIsNotFoundEverywhere() {
    String path = "/v1/" + ws.id() + "/data-sources/" + foreignSource;
    assertEquals(404, tenants.api().get(path, ws.ownerKey()).status());
    assertEquals(404, tenants.api().call("PATCH", path, ws.ownerKey(), Map.of("display_name", "Mine now")).status());
    assertEquals(404, tenants.api().call("DELETE", path, ws.ownerKey(), null).status());
    assertEquals(404, tenants.api().get(path + "/status", ws.ownerKey()).status());
    assertEquals(404, tenants.api().post(path + "/sync", ws.ownerKey(), null).status());
    assertEquals(404, tenants.api().get(path + "/sync-history", ws.ownerKey()).status());
  }

  @Test
  void aMalformedIdIsAValidationError() {
    ApiAsserts.invalid(tenants.api().get("/v1/" + ws.id() + "/data-sources/not-a-uuid", ws.ownerKey()),
        "path.data_source_id",
        "uuid_parsing");
  }
}
