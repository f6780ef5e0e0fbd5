package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bad input to the data-source operations: unknown enums, oversized lists and text, foreign and malformed ids. */
@Tag("database")
class DataSourceBadInputTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID owner;
  private static String key;
  private static UUID foreignSource;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("data_source_bad_input");
    owner = api.user("owner-dsbad@example.org");
    ws = api.workspace("dsbad-a", Environment.STAGING, owner);
    key = api.key(ws, owner, Role.OWNER);
    UUID stranger = api.user("owner-dsbad-b@example.org");
    UUID other = api.workspace("dsbad-b", Environment.STAGING, stranger);
    foreignSource = SafetyFixtures.dataSource(api, other, stranger);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static TestApi.Answer create(String field, Object value) {
    Map<String, Object> body = SafetyFixtures.dataSourceBody("Bad " + UUID.randomUUID());
    body.put(field, value);
    return api.post("/v1/" + ws + "/data-sources", key, body);
  }

  @Test
  void unknownSourceTypesAndSyncStrategiesAreRefused() {
    ApiAsserts.invalid(create("source_type", "ftp"), "body.source_type", "enum");
    ApiAsserts.invalid(create("sync_strategy", "hourly"), "body.sync_strategy", "enum");
    UUID id = SafetyFixtures.dataSource(api, ws, owner);
    ApiAsserts.invalid(api.call("PATCH", "/v1/" + ws + "/data-sources/" + id, key, Map.of("sync_strategy", "often")),
        "body.sync_strategy", "enum");
    ApiAsserts.invalid(api.get("/v1/" + ws + "/data-sources?source_type=ftp", key), "query.source_type.0", "enum");
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
    ApiAsserts.invalid(api.get("/v1/" + ws + "/data-sources/" + SafetyFixtures.dataSource(api, ws, owner)
        + "/sync-history?days=91", key), "query.days", "less_than_equal");
  }

  @Test
  void anotherWorkspacesSourceIsNotFoundEverywhere() {
    String path = "/v1/" + ws + "/data-sources/" + foreignSource;
    assertEquals(404, api.get(path, key).status());
    assertEquals(404, api.call("PATCH", path, key, Map.of("display_name", "Mine now")).status());
    assertEquals(404, api.call("DELETE", path, key, null).status());
    assertEquals(404, api.get(path + "/status", key).status());
    assertEquals(404, api.post(path + "/sync", key, null).status());
    assertEquals(404, api.get(path + "/sync-history", key).status());
  }

  @Test
  void aMalformedIdIsAValidationError() {
    ApiAsserts.invalid(api.get("/v1/" + ws + "/data-sources/not-a-uuid", key), "path.data_source_id",
        "uuid_parsing");
  }
}
