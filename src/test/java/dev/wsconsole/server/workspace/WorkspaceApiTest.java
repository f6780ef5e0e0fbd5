package dev.wsconsole.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Workspace operations through the API, as a signed-in owner would use them. */
@Tag("database")
class WorkspaceApiTest {
  private static TestApi api;
  private static String session;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("workspace_api");
    api.user("ws-owner@example.org");
    session = api.signIn("ws-owner@example.org");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static JsonNode create(String slug, String environment) {
    TestApi.Answer a = api.post("/v1/me/workspaces", session, Map.of("slug", slug, "name", " Clinic " + slug + " ",
        "environment", environment));
    assertEquals(201, a.status(), a.text());
    return a.json();
  }

  @Test
  void theCreatorOwnsTheNewWorkspaceAndSeesItListed() {
    JsonNode ws = create("ab", "development");
    assertEquals("Clinic ab", ws.get("name").asText());
    assertEquals("us-east-1", ws.get("region").asText());
    JsonNode list = api.get("/v1/workspaces?limit=20", session).json();
    assertTrue(list.get("items").toString().contains(ws.get("id").asText()));
    JsonNode catalog = api.get("/v1/" + ws.get("id").asText() + "/api-keys/permission-catalog", session).json();
    assertEquals(5, catalog.get("roles").size());
  }

  @Test
  void theRegionIsImmutableAndTheEnvironmentChangesOnlyByConversion() {
    String id = create("region-lock", "staging").get("id").asText();
    assertEquals(422, api.call("PATCH", "/v1/workspaces/" + id, session, Map.of("region", "eu-central-1")).status());
    assertEquals(422, api.call("PATCH", "/v1/workspaces/" + id, session, Map.of("environment", "production")).status());
    TestApi.Answer renamed = api.call("PATCH", "/v1/workspaces/" + id, session, Map.of("name", "Renamed"));
    assertEquals("Renamed", renamed.json().get("name").asText());
  }

  @Test
  void provisioningIsIdempotent() {
    String id = create("provision-twice", "staging").get("id").asText();
    String first = api.post("/v1/workspaces/" + id + "/provision", session, null).json()
        .get("workspace").get("provisioned_at").asText();
    String second = api.post("/v1/workspaces/" + id + "/provision", session, null).json()
        .get("workspace").get("provisioned_at").asText();
    assertEquals(first, second);
    assertFalse(first.equals("null"));
  }

  @Test
  void archivingNeedsTheTypedSlugAndHidesTheWorkspace() {
    String id = create("to-archive", "development").get("id").asText();
    assertEquals(422, api.post("/v1/workspaces/" + id + "/archive", session, Map.of("slug", "to-archiv")).status());
    assertEquals(200, api.post("/v1/workspaces/" + id + "/archive", session, Map.of("slug", "to-archive")).status());
    assertFalse(api.get("/v1/workspaces?limit=20", session).text().contains(id));
  }

  @Test
  void theEnvironmentCheckSaysWhatWillChangeAndConversionNeedsTheSlug() {
    String id = create("to-production", "staging").get("id").asText();
    JsonNode check = api.get("/v1/workspaces/" + id + "/environment-check?target=production", session).json();
    String warnings = check.get("warnings").toString();
    assertTrue(warnings.contains("60 min to 15 min") && warnings.contains("2190") && warnings.contains("HITRUST"),
        warnings);
    assertEquals(422, api.get("/v1/workspaces/" + id + "/environment-check?target=moon", session).status());
    assertEquals(422, api.post("/v1/workspaces/" + id + "/convert-environment", session,
        Map.of("target", "production", "confirm_slug", "wrong")).status());
    JsonNode converted = api.post("/v1/workspaces/" + id + "/convert-environment", session,
        Map.of("target", "production", "confirm_slug", "to-production")).json();
    assertEquals("production", converted.get("environment").asText());
    assertEquals(409, api.post("/v1/workspaces/" + id + "/convert-environment", session,
        Map.of("target", "production", "confirm_slug", "to-production")).status());
  }

  @Test
  void testCallerNumbersMustBeE164() {
    String id = create("callers", "development").get("id").asText();
    String path = "/v1/workspaces/" + id + "/test-caller-numbers";
    TestApi.Answer bad = api.call("PUT", path, session, Map.of("numbers", List.of("+14155550123", "555-0199")));
    assertEquals(422, bad.status());
    assertEquals(1, bad.json().get("detail").get(0).get("loc").get(2).asInt());
    api.call("PUT", path, session, Map.of("numbers", List.of("+14155550123", "+14155550123", "+442079460000")));
    assertEquals(List.of("+14155550123", "+442079460000"),
        List.of(api.get(path, session).json().get("numbers").get(0).asText(),
            api.get(path, session).json().get("numbers").get(1).asText()));
  }
}
