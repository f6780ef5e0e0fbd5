package dev.wsconsole.server.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.FhirDropBundles;
import dev.wsconsole.testing.TestApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where a data source may import from, over the API: drop folders only inside the workspace's folder of the
 * imports root (by real path, links included, checked again at sync), FHIR servers never at metadata or
 * link-local addresses, loopback only where allowed; a refusal is a 422 on the field that never shows the server's
 * own paths, and writes nothing.
 */
@Tag("database")
class SourceConfinementTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID other;
  private static String key;
  private static Path root;

  @BeforeAll
  static void setUp() throws Exception {
    api = TestApi.start("source_confinement");
    UUID owner = api.user("owner-confine@example.org");
    ws = api.workspace("confine-a", Environment.STAGING, owner);
    other = api.workspace("confine-b", Environment.STAGING, owner);
    key = api.key(ws, owner, Role.OWNER);
    root = FhirDropBundles.useTemporaryImportsRoot(api);
    Files.createDirectories(root.resolve(ws.toString()).resolve("drop"));
    Files.createDirectories(root.resolve(other.toString()).resolve("drop"));
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static TestApi.Answer create(String field, String value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", ConfigFixtures.uniqueName("Confined"));
    body.put("source_type", "fhir");
    body.put("connection_config", Map.of(field, value));
    return api.post("/v1/" + ws + "/data-sources", key, body);
  }

  private static long sources() {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.data_sources WHERE"
        + " workspace_id = :ws").bind("ws", ws).mapTo(Long.class).one());
  }

  private static void refused(String field, String value) {
    long before = sources();
    TestApi.Answer a = create(field, value);
    ApiAsserts.invalid(a, "body.connection_config." + field, "value_error");
    assertTrue(a.json().get("detail").get(0).get("msg").asText().length() > 10, a.text());
    assertFalse(a.text().contains(root.toString()), "the server's imports path leaked: " + a.text());
    assertEquals(before, sources(), "nothing written for " + value);
  }

  @Test
  void dropFoldersOutsideTheWorkspacesFolderAreRefused() {
    refused("drop_folder", "/etc");
    refused("drop_folder", root.toString());
    refused("drop_folder", root.resolve(other.toString()).resolve("drop").toString());
    refused("drop_folder", root.resolve(ws.toString()) + "/../" + other + "/drop");
    assertEquals(201, create("drop_folder", root.resolve(ws.toString()).resolve("drop").toString()).status());
    assertEquals(201, create("drop_folder", root.resolve(ws.toString()).resolve("later/made").toString()).status());
  }

  @Test
  void aLinkOutOfTheWorkspacesFolderIsRefused() throws Exception {
    Path link = root.resolve(ws.toString()).resolve("escape");
    Files.createSymbolicLink(link, root.resolve(other.toString()).resolve("drop"));
    refused("drop_folder", link.toString());
    refused("drop_folder", link.resolve("inner").toString());
  }

  @Test
  void aLinkSwappedInAfterTheSourceWasSavedIsNotReadAtSync() throws Exception {
    Path folder = root.resolve(ws.toString()).resolve("swapped");
    TestApi.Answer a = create("drop_folder", folder.toString());
    assertEquals(201, a.status(), a.text());
    Files.copy(FhirDropBundles.committed().resolve("01-clinic-day.json"),
        Files.createDirectories(root.resolve(other.toString()).resolve("secret")).resolve("01-clinic-day.json"));
    Files.createSymbolicLink(folder, root.resolve(other.toString()).resolve("secret"));
    String id = a.json().get("id").asText();
    TestApi.Answer started = api.post("/v1/" + ws + "/data-sources/" + id + "/sync", key, null);
    assertEquals(202, started.status(), started.text());
    JsonNode run = FhirSyncTest.finishedRun(api, ws, key, UUID.fromString(id),
        UUID.fromString(started.json().get("sync_id").asText()));
    assertEquals("error", run.get("status").asText(), run.toString());
    assertTrue(run.get("errors").toString().contains("leads elsewhere"), run.toString());
    assertFalse(run.toString().contains(root.toString()), "the server's imports path leaked: " + run);
    assertEquals(0L, (long) api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.events"
        + " WHERE workspace_id = :ws").bind("ws", ws).mapTo(Long.class).one()));
  }

  @Test
  void metadataLinkLocalAndOddNumericFhirHostsAreRefused() {
    for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://[fd00:ec2::254]/",
        "http://[::ffff:169.254.169.254]/", "http://metadata.google.internal/computeMetadata/v1",
        "http://2852039166/", "http://0x7f000001/fhir", "https://[fe80::1]/fhir", "http://0.0.0.0:8080/fhir",
        "http://192.0.0.192/opc/v2/instance/", "http://100.64.0.1/fhir", "http://198.18.0.1/fhir")) {
      refused("base_url", url);
    }
    assertEquals(201, create("base_url", "https://10.20.30.40/fhir/R4").status(), "a hospital's private network");
  }

  @Test
  void loopbackIsAllowedOnlyWhereTheBackendAllowsIt() {
    assertEquals(201, create("base_url", "http://127.0.0.1:8080/fhir").status());
    api.backend.importTargets().set(new SourceConfinement(root, false));
    try {
      for (String url : List.of("http://127.0.0.1:8080/fhir", "http://localhost/fhir", "http://[::1]:8080/fhir")) {
        refused("base_url", url);
      }
    } finally {
      api.backend.importTargets().set(new SourceConfinement(root, true));
    }
  }

  @Test
  void anUpdateIsCheckedTheSameWay() {
    TestApi.Answer a = create("drop_folder", root.resolve(ws.toString()).resolve("drop").toString());
    String path = "/v1/" + ws + "/data-sources/" + a.json().get("id").asText();
    TestApi.Answer bad = api.call("PATCH", path, key, Map.of("connection_config",
        Map.of("base_url", "http://169.254.169.254/")));
    ApiAsserts.invalid(bad, "body.connection_config.base_url", "value_error");
    assertTrue(api.get(path, key).json().get("connection_config").has("drop_folder"), "unchanged");
  }

  @Test
  void aSyncWhereLoopbackIsNoLongerAllowedContactsNothing() throws Exception {
    try (FhirTestServer server = new FhirTestServer(FhirContext.forR4Cached(), FhirTestResources.clinic(3))) {
      TestApi.Answer a = create("base_url", server.baseUrl());
      assertEquals(201, a.status(), a.text());
      UUID id = UUID.fromString(a.json().get("id").asText());
      api.backend.importTargets().set(new SourceConfinement(root, false));
      try {
        TestApi.Answer started = api.post("/v1/" + ws + "/data-sources/" + id + "/sync", key, null);
        JsonNode run = FhirSyncTest.finishedRun(api, ws, key, id, UUID.fromString(started.json().get("sync_id")
            .asText()));
        assertEquals("error", run.get("status").asText(), run.toString());
        assertTrue(run.get("errors").toString().contains("loopback"), run.toString());
        assertEquals(0, server.authorizations.size());
      } finally {
        api.backend.importTargets().set(new SourceConfinement(root, true));
      }
    }
  }
}
