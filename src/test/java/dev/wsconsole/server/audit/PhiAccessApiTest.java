package dev.wsconsole.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.review.ReviewItemDraft;
import dev.wsconsole.server.world.NewEvent;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 11: reading PHI (a patient or person entity, its fields or timeline, a call transcript, review
 * items) records one PHI access entry per request, in the reader's workspace only; other reads record nothing.
 */
@Tag("database")
class PhiAccessApiTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("phi_access");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /** A workspace, its owner's id and key, and an admin's and a viewer's key. */
  private record Clinic(UUID ws, UUID owner, String ownerKey, String adminKey, String viewerKey) {
    String in() {
      return "/v1/" + ws;
    }
  }

  private static Clinic clinic(String slug) {
    UUID owner = api.user(slug + "@example.org");
    UUID ws = api.workspace(slug, Environment.PRODUCTION, owner);
    UUID admin = api.user("admin-" + slug + "@example.org");
    api.member(ws, admin, Role.ADMIN);
    UUID viewer = api.user("viewer-" + slug + "@example.org");
    api.member(ws, viewer, Role.VIEWER);
    return new Clinic(ws, owner, api.key(ws, owner, Role.OWNER), api.key(ws, admin, Role.ADMIN),
        api.key(ws, viewer, Role.VIEWER));
  }

  private static UUID entity(Clinic c, String type, String name) {
    UUID id = api.backend.world().ensureEntity(c.ws(), type, type + "/" + UUID.randomUUID(), name);
    api.backend.world().append(c.ws(), List.of(new NewEvent(id, type + ".registered", "clinical", "ehr", 1.0,
        JsonNodeFactory.instance.objectNode().put("name", name), null, "reg-" + id, null)));
    return id;
  }

  /** Every PHI entry of the workspace, oldest first: action, resource type, the sorted ids, the actor's user id, request id. */
  private static List<String[]> entries(UUID ws) {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT action, resource_type,"
            + " array(SELECT r::text FROM unnest(resource_ids) r ORDER BY 1)::text, actor->>'user_id',"
            + " actor->>'kind', request_id FROM console.phi_access_events"
            + " WHERE workspace_id = :ws ORDER BY created_at, id")
        .bind("ws", ws)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)})
        .list());
  }

  private static String ids(UUID... ids) {
    return "{" + String.join(",", new TreeSet<>(java.util.Arrays.stream(ids).map(UUID::toString).toList())) + "}";
  }

  private static JsonNode ok(TestApi.Answer a) {
    assertEquals(200, a.status(), a.text());
    return a.json();
  }

  @Test
  void readingAPatientRecordsWhoWhatWhenAndTheRequest() {
    Clinic c = clinic("phi-entity");
    UUID patient = entity(c, "patient", "Ada Example");
    TestApi.Answer read = api.get(c.in() + "/world/entities/" + patient, c.adminKey());
    ok(read);
    List<String[]> rows = entries(c.ws());
    assertEquals(1, rows.size());
    String[] row = rows.get(0);
    assertEquals("entity.read", row[0]);
    assertEquals("entity", row[1]);
    assertEquals(ids(patient), row[2]);
    assertEquals("api_key", row[4]);
    assertEquals(read.header("x-request-id"), row[5]);
    ok(api.get(c.in() + "/world/entities/" + patient + "/fields", c.viewerKey()));
    ok(api.get(c.in() + "/world/entities/" + patient + "/timeline", c.viewerKey()));
    rows = entries(c.ws());
    assertEquals(List.of("entity.read", "entity.fields.read", "entity.timeline.read"),
        rows.stream().map(r -> r[0]).toList());
    assertEquals(ids(patient), rows.get(2)[2]);
  }

  @Test
  void aPersonIsPhiAndAPractitionerOrAnOrganisationIsNot() {
    Clinic c = clinic("phi-kinds");
    UUID person = entity(c, "person", "Sam Person");
    UUID doctor = entity(c, "practitioner", "Dr Example");
    UUID org = entity(c, "organization", "Clinic Inc");
    for (UUID notPhi : List.of(doctor, org)) {
      ok(api.get(c.in() + "/world/entities/" + notPhi, c.ownerKey()));
      ok(api.get(c.in() + "/world/entities/" + notPhi + "/fields", c.ownerKey()));
      ok(api.get(c.in() + "/world/entities/" + notPhi + "/timeline", c.ownerKey()));
    }
    ok(api.get(c.in() + "/world/entity-types", c.ownerKey()));
    ok(api.get(c.in() + "/world/dashboard", c.ownerKey()));
    ok(api.get(c.in() + "/world/entities?entity_type=organization", c.ownerKey()));
    ok(api.get(c.in() + "/api-keys", c.ownerKey()));
    assertEquals(List.of(), entries(c.ws()), "non-PHI reads record nothing");
    ok(api.get(c.in() + "/world/entities/" + person, c.ownerKey()));
    assertEquals(1, entries(c.ws()).size());
  }

  @Test
  void aListOfManyPatientsIsOneEntryNamingEachOfThem() {
    Clinic c = clinic("phi-list");
    List<UUID> patients = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      patients.add(entity(c, "patient", "Patient " + i));
    }
    entity(c, "practitioner", "Dr Not Phi");
    JsonNode list = ok(api.get(c.in() + "/world/entities?limit=100", c.ownerKey()));
    assertEquals(8, list.get("entities").size());
    List<String[]> rows = entries(c.ws());
    assertEquals(1, rows.size(), "one entry for the request, not one per record");
    assertEquals("entity.list", rows.get(0)[0]);
    assertEquals(ids(patients.toArray(UUID[]::new)), rows.get(0)[2], "the PHI records, and only those");
    ok(api.get(c.in() + "/world/search?q=Patient", c.ownerKey()));
    assertEquals(2, entries(c.ws()).size());
    assertEquals("entity.search", entries(c.ws()).get(1)[0]);
  }

  @Test
  void aCallTranscriptAndReviewItemsAreRecorded() {
    Clinic c = clinic("phi-calls");
    var call = CallFixtures.call(api, c.ws(), false);
    ok(api.get(c.in() + "/calls", c.ownerKey()));
    assertEquals(List.of(), entries(c.ws()), "the call list shows no transcript");
    ok(api.get(c.in() + "/calls/" + call.id(), c.viewerKey()));
    UUID patient = entity(c, "patient", "Reviewed Patient");
    List<UUID> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      items.add(api.backend.reviewItems().create(c.ws(), ReviewItemDraft.lowConfidence(patient, "patient", null, 0.4,
          Map.of("phone", "+1555010" + i))).id());
    }
    ok(api.get(c.in() + "/review-queue?limit=10", c.viewerKey()));
    ok(api.get(c.in() + "/review-queue/" + items.get(0), c.viewerKey()));
    List<String[]> rows = entries(c.ws());
    assertEquals(3, rows.size());
    assertEquals(List.of("call.transcript.read", "call", ids(call.id())), List.of(rows.get(0)[0], rows.get(0)[1],
        rows.get(0)[2]));
    assertEquals("review_item.list", rows.get(1)[0]);
    assertEquals(ids(items.toArray(UUID[]::new)), rows.get(1)[2]);
    assertEquals("review_item.read", rows.get(2)[0]);
    assertEquals(ids(items.get(0)), rows.get(2)[2]);
  }

  @Test
  void theReportListsTheAccessesOfItsOwnWorkspaceOnly() {
    Clinic a = clinic("phi-report-a");
    Clinic b = clinic("phi-report-b");
    UUID pa = entity(a, "patient", "Patient A");
    UUID pb = entity(b, "patient", "Patient B");
    ok(api.get(a.in() + "/world/entities/" + pa, a.viewerKey()));
    ok(api.get(a.in() + "/world/entities/" + pa + "/timeline", a.viewerKey()));
    ok(api.get(b.in() + "/world/entities/" + pb, b.viewerKey()));
    JsonNode report = ok(api.get(a.in() + "/audit/phi-access", a.adminKey()));
    assertEquals(2, report.get("total").asInt());
    assertEquals(Set.of("total", "events", "limit", "offset", "has_more"), fields(report));
    JsonNode newest = report.get("events").get(0);
    assertEquals("entity.timeline.read", newest.get("action").asText());
    assertTrue(newest.get("phi_accessed").asBoolean());
    assertEquals(pa.toString(), newest.get("resource_id").asText());
    assertEquals(a.ws().toString(), newest.get("workspace_id").asText());
    assertFalse(report.toString().contains(pb.toString()));

    JsonNode other = ok(api.get(b.in() + "/audit/phi-access", b.adminKey()));
    assertEquals(1, other.get("total").asInt(), "B's admin sees B's one access, none of A's");
    assertFalse(other.toString().contains(pa.toString()));
    assertEquals(404, api.get(a.in() + "/audit/phi-access", b.adminKey()).status(), "B's key does not open A");
    assertEquals(404, api.get(b.in() + "/audit/entity/" + pa + "/access-log", b.adminKey()).status(),
        "A's patient is no entity of B");

    JsonNode filtered = ok(api.get(a.in() + "/audit/phi-access?entity_id=" + UUID.randomUUID(), a.adminKey()));
    assertEquals(0, filtered.get("total").asInt());
    JsonNode paged = ok(api.get(a.in() + "/audit/phi-access?limit=1&offset=1", a.ownerKey()));
    assertEquals(1, paged.get("events").size());
    assertFalse(paged.get("has_more").asBoolean());
  }

  @Test
  void anEntitysAccessLogHoldsItsReadsAndTheLogEntriesAboutIt() {
    Clinic c = clinic("phi-entity-log");
    UUID patient = entity(c, "patient", "Logged Patient");
    UUID other = entity(c, "patient", "Other Patient");
    ok(api.get(c.in() + "/world/entities/" + patient, c.viewerKey()));
    ok(api.get(c.in() + "/world/entities?entity_type=patient", c.viewerKey()));
    ok(api.get(c.in() + "/world/entities/" + other, c.viewerKey()));
    JsonNode log = ok(api.get(c.in() + "/audit/entity/" + patient + "/access-log", c.adminKey()));
    assertEquals(2, log.get("total").asInt(), log.toString());
    for (JsonNode e : log.get("events")) {
      assertEquals(patient.toString(), e.get("resource_id").asText());
    }
    assertEquals("entity.list", log.get("events").get(0).get("action").asText());
    assertEquals(2, log.get("events").get(0).get("metadata").get("record_count").asInt());
    assertEquals(404, api.get(c.in() + "/audit/entity/" + UUID.randomUUID() + "/access-log", c.adminKey()).status());
  }

  @Test
  void onlyAdminsAndOwnersReadTheReports() {
    Clinic c = clinic("phi-rights");
    for (String path : List.of("/audit/phi-access", "/compliance/hipaa", "/compliance/access-review",
        "/compliance/dashboard", "/audit/exports")) {
      assertEquals(403, api.get(c.in() + path, c.viewerKey()).status(), path);
      assertEquals(200, api.get(c.in() + path, c.adminKey()).status(), path);
      assertEquals(200, api.get(c.in() + path, c.ownerKey()).status(), path);
    }
  }

  @Test
  void theAuditListAndSummaryCountPhiAccess() {
    Clinic c = clinic("phi-audit-list");
    UUID patient = entity(c, "patient", "Counted Patient");
    ok(api.get(c.in() + "/world/entities/" + patient, c.viewerKey()));
    ok(api.get(c.in() + "/world/entities/" + patient, c.viewerKey()));
    JsonNode phiOnly = ok(api.get(c.in() + "/audit?phi_only=true", c.adminKey()));
    assertEquals(2, phiOnly.get("total").asInt());
    assertTrue(phiOnly.get("events").get(0).get("phi_accessed").asBoolean());
    assertEquals(0, ok(api.get(c.in() + "/audit?phi_only=true&service=other", c.adminKey())).get("total").asInt());
    assertEquals(2, ok(api.get(c.in() + "/audit/summary", c.adminKey())).get("phi_access_events").asInt());
  }

  @Test
  void badReportQueriesAreClear422s() {
    Clinic c = clinic("phi-bad-input");
    for (String q : List.of("/audit/phi-access?entity_id=not-a-uuid", "/audit/phi-access?date_from=yesterday",
        "/audit/phi-access?limit=0", "/audit/phi-access?limit=101", "/audit/phi-access?offset=-1",
        "/audit/entity/not-a-uuid/access-log", "/compliance/hipaa?report_period_days=0",
        "/audit/exports?limit=201")) {
      TestApi.Answer a = api.get(c.in() + q, c.adminKey());
      assertEquals(422, a.status(), q + " " + a.text());
      assertTrue(a.json().has("detail"), a.text());
    }
    assertEquals(List.of(), entries(c.ws()));
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
