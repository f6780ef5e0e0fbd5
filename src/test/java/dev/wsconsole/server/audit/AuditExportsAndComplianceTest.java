package dev.wsconsole.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Kept audit exports (created, listed, downloaded as written) and the compliance reports that read the PHI log. */
@Tag("database")
class AuditExportsAndComplianceTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("audit_exports_compliance");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static JsonNode ok(TestApi.Answer a) {
    assertEquals(200, a.status(), a.text());
    return a.json();
  }

  @Test
  void anExportIsKeptListedAndDownloadedAsWrittenWithThePhiEntries() {
    UUID owner = api.user("exports@example.org");
    UUID ws = api.workspace("exports", Environment.PRODUCTION, owner);
    String key = api.key(ws, owner, Role.OWNER);
    UUID patient = api.backend.world().ensureEntity(ws, "patient", "Patient/x", "Exported Patient");
    ok(api.get("/v1/" + ws + "/world/entities/" + patient, key));
    String in = "/v1/" + ws;
    assertEquals(0, ok(api.get(in + "/audit/exports", key)).get("exports").size());

    JsonNode all = ok(api.post(in + "/audit/export", key, Map.of("date_from", "2020-01-01T00:00:00Z",
        "date_to", "2100-01-01T00:00:00Z")));
    JsonNode phiOnly = ok(api.post(in + "/audit/export", key, Map.of("date_from", "2020-01-01T00:00:00Z",
        "date_to", "2100-01-01T00:00:00Z", "phi_only", true)));
    assertEquals(1, phiOnly.get("row_count").asInt());
    TestApi.Answer file = api.get(phiOnly.get("download_url").asText(), key);
    assertEquals(200, file.status(), file.text());
    assertTrue(file.text().contains("\"phi_accessed\":true") && file.text().contains(patient.toString()), file.text());
    String allText = api.get(all.get("download_url").asText(), key).text();
    assertEquals(all.get("row_count").asInt(), allText.strip().split("\n").length);
    assertTrue(allText.contains("\"prev_hash\"") && allText.contains("entity.read"), allText);

    ok(api.get("/v1/" + ws + "/world/entities/" + patient, key)); // later reads do not change a kept export
    assertEquals(allText, api.get(all.get("download_url").asText(), key).text());

    JsonNode list = ok(api.get(in + "/audit/exports?limit=10", key));
    assertEquals(2, list.get("exports").size());
    JsonNode newest = list.get("exports").get(0);
    assertEquals(phiOnly.get("s3_key").asText(), newest.get("key").asText());
    assertEquals(file.text().getBytes(StandardCharsets.UTF_8).length, newest.get("size").asInt());
    assertEquals(phiOnly.get("download_url").asText(), newest.get("download_url").asText());
    assertNotNull(newest.get("last_modified").asText());
    assertEquals(1, ok(api.get(in + "/audit/exports?limit=1", key)).get("exports").size());
    assertEquals(422, api.get(in + "/audit/exports?limit=0", key).status());
    assertEquals(404, api.get(in + "/audit/exports/" + UUID.randomUUID(), key).status());

    UUID stranger = api.user("exports-other@example.org");
    UUID other = api.workspace("exports-other", Environment.STAGING, stranger);
    String otherKey = api.key(other, stranger, Role.OWNER);
    assertEquals(0, ok(api.get("/v1/" + other + "/audit/exports", otherKey)).get("exports").size());
    String id = phiOnly.get("export_id").asText();
    assertEquals(404, api.get("/v1/" + other + "/audit/exports/" + id, otherKey).status());
  }

  @Test
  void theComplianceReportsCountAccessesCredentialsAndTheLastExport() {
    UUID owner = api.user("compliance@example.org");
    UUID ws = api.workspace("compliance", Environment.PRODUCTION, owner);
    String key = api.key(ws, owner, Role.OWNER);
    String in = "/v1/" + ws;
    UUID viewer = api.user("compliance-viewer@example.org");
    api.member(ws, viewer, Role.VIEWER);
    String viewerKey = api.key(ws, viewer, Role.VIEWER);
    UUID patient = api.backend.world().ensureEntity(ws, "person", "Person/x", "Reported Person");
    ok(api.get(in + "/world/entities/" + patient, viewerKey));
    ok(api.get(in + "/world/entities/" + patient, key));

    JsonNode dashboard = ok(api.get(in + "/compliance/dashboard", key));
    assertTrue(dashboard.get("last_audit_export").isNull());
    assertEquals(2, dashboard.get("total_credentials").asInt());
    assertEquals(2, dashboard.get("active_credentials").asInt());
    assertEquals("compliant", dashboard.get("hipaa_status").asText(), dashboard.toString());
    assertFalse(dashboard.get("legal_hold").asBoolean());

    JsonNode hipaa = ok(api.get(in + "/compliance/hipaa?report_period_days=7", key));
    assertEquals(7, hipaa.get("report_period_days").asInt());
    assertEquals(ws.toString(), hipaa.get("workspace_id").asText());
    JsonNode audit = hipaa.get("audit_summary");
    assertEquals(2, audit.get("phi_access_events").asInt());
    assertEquals(1, audit.get("phi_records_accessed").asInt());
    assertEquals(2, audit.get("phi_accessors").asInt());
    assertTrue(audit.get("chain_valid").asBoolean());
    assertEquals(2, hipaa.get("api_key_summary").get("active").asInt());
    assertTrue(hipaa.get("access_controls").get("mfa").isNull(), "identity fields stay null until integrated");
    assertEquals(422, api.get(in + "/compliance/hipaa?report_period_days=366", key).status());

    JsonNode review = ok(api.get(in + "/compliance/access-review", key));
    assertEquals(2, review.get("total_credentials").asInt());
    assertEquals(2, review.get("credentials").size());
    assertFalse(review.toString().contains("digest"));
    assertFalse(review.get("jwt_credentials_note").asText().isBlank());

    ok(api.post(in + "/audit/export", key, Map.of("date_from", "2020-01-01T00:00:00Z",
        "date_to", "2100-01-01T00:00:00Z")));
    assertFalse(ok(api.get(in + "/compliance/dashboard", key)).get("last_audit_export").isNull());
  }
}
