package dev.wsconsole.server.promotion;

import static dev.wsconsole.server.promotion.PromotionFixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Promotion from a staging workspace into a production one: the diff, applying it, atomicity, staleness and audit. */
@Tag("database")
class PromotionTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("promotion");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /** Source: agent (2 versions), graph, service "Intake" pinning v1, routing, settings, safety, a data source. */
  static PromotionFixtures staged() {
    PromotionFixtures f = new PromotionFixtures(api);
    UUID agent = f.agent(f.source, "Ava", "Ava", "Ava two");
    UUID intake = f.service(f.source, f.sourceKey, "Intake", agent, f.graph(f.source));
    f.number(f.source, f.sourceKey, "Front desk", intake);
    f.put(f.source, f.sourceKey, "/settings/voice", Map.of("speed", 1.1));
    f.put(f.source, f.sourceKey, "/safety/config", Map.of("triage_timeout_s", 4.5));
    assertEquals(201, api.post("/v1/" + f.source + "/monitor-concepts", f.sourceKey,
        SafetyFixtures.conceptBody("Self-harm")).status());
    SafetyFixtures.dataSource(api, f.source, f.person);
    f.agent(f.target, "Ava", "Someone else");
    UUID legacy = TestPhoneNumbers.service(api, f.target, "Legacy");
    f.number(f.target, f.targetKey, "Front desk", legacy);
    f.number(f.target, f.targetKey, "Lobby", null);
    assertEquals(201, api.post("/v1/" + f.target + "/monitor-concepts", f.targetKey,
        SafetyFixtures.conceptBody("Old concept")).status());
    return f;
  }

  @Test
  void previewListsWhatPromotionWouldAddChangeAndRemove() {
    PromotionFixtures f = staged();
    JsonNode p = ok(f.preview(f.session, f.toTarget()));
    assertEquals(List.of("Intake:added", "Legacy:removed"), changes(p.get("services")));
    assertEquals(List.of("Ava:changed"), changes(p.get("agents")));
    assertEquals(List.of("latest_version", "versions"), ApiAsserts.texts(p.get("agents").get(0).get("fields")));
    assertEquals("added", p.get("context_graphs").get(0).get("change").asText());
    assertEquals(List.of("retention:unchanged", "security:unchanged", "voice:changed"), changes(p.get("settings")));
    assertEquals(List.of("triage_timeout_s"), ApiAsserts.texts(p.get("safety").get(0).get("fields")));
    assertEquals(List.of("Old concept:removed", "Self-harm:added"), changes(p.get("monitor_concepts")));
    JsonNode routing = p.get("phone_routing");
    assertEquals("changed", routing.get(0).get("change").asText());
    assertEquals(List.of("inbound_service: Legacy -> Intake"), ApiAsserts.texts(routing.get(0).get("fields")));
    assertEquals("unchanged", routing.get(1).get("change").asText());
    assertTrue(p.get("digest").asText().startsWith("sha256:"));
    assertTrue(p.get("blocking").isEmpty());
    assertTrue(p.get("not_promoted").toString().contains("data_sources"));
    assertEquals(3, p.get("counts").get("added").asInt(), p.toString());
    assertEquals(4, p.get("counts").get("changed").asInt(), p.toString());
  }

  @Test
  void promoteAppliesTheDiffAndASecondPreviewShowsNoChanges() {
    PromotionFixtures f = staged();
    String digest = ok(f.preview(f.session, f.toTarget())).get("digest").asText();
    JsonNode done = ok(f.promote(f.session, Map.of("target_workspace_id", f.target.toString(),
        "preview_digest", digest)));
    assertEquals(digest, done.get("digest").asText());

    JsonNode again = ok(f.preview(f.session, f.toTarget()));
    JsonNode counts = again.get("counts");
    assertEquals(0, counts.get("added").asInt() + counts.get("changed").asInt() + counts.get("removed").asInt(),
        again.toString());
    JsonNode services = ok(api.get("/v1/" + f.target + "/services", f.targetKey)).get("items");
    assertEquals(1, services.size());
    JsonNode intake = services.get(0);
    assertEquals("Intake", intake.get("name").asText());
    // The target's own "Ava" had version 1 of other content: the pinned source v1 became v2, the latest v3.
    JsonNode agent = ok(api.get("/v1/" + f.target + "/agents/" + intake.get("agent_id").asText(), f.targetKey));
    assertEquals("Ava", agent.get("name").asText());
    assertEquals(3, agent.get("latest_version").asInt(), agent.toString());
    assertEquals(2, intake.at("/version_sets/main/agent_version_number").asInt(), intake.toString());
    assertEquals(List.of("refill"), ApiAsserts.texts(intake.get("keyterms")));
    JsonNode numbers = ok(api.get("/v1/" + f.target + "/phone-numbers", f.targetKey)).get("items");
    assertEquals(intake.get("id").asText(), numbers.get(0).get("inbound_service_id").asText());
    assertTrue(numbers.get(1).get("inbound_service_id").isNull());
    assertEquals(1.1, ok(api.get("/v1/" + f.target + "/settings/voice", f.targetKey)).get("speed").asDouble());
    assertEquals(4.5, ok(api.get("/v1/" + f.target + "/safety/config", f.targetKey)).get("triage_timeout_s")
        .asDouble());
  }

  @Test
  void promotionIsAuditedInBothWorkspacesWithCounts() {
    PromotionFixtures f = staged();
    ok(f.promote(f.session, f.toTarget()));
    assertTrue(api.auditTrail(f.source).contains("promotion-out:allowed workspace:" + f.target),
        api.auditTrail(f.source).toString());
    assertTrue(api.auditTrail(f.target).contains("promotion-in:allowed workspace:" + f.source),
        api.auditTrail(f.target).toString());
    String reason = api.backend.tx().call(f.target, h -> h.createQuery("SELECT reason FROM console.audit_events"
        + " WHERE workspace_id = :ws AND action = 'promotion-in'").bind("ws", f.target).mapTo(String.class).one());
    assertTrue(reason.startsWith("added 3, changed 4, removed 2"), reason);
  }

  @Test
  void aServiceOfTheSameNameIsChangedInTheFieldsThatDiffer() {
    PromotionFixtures f = staged();
    UUID agent = f.agent(f.target, "Other agent", "Other");
    UUID mine = f.service(f.target, f.targetKey, "Intake", agent, f.graph(f.target));
    assertEquals(200, api.call("PUT", "/v1/" + f.target + "/services/" + mine, f.targetKey,
        Map.of("tool_capacity", 9)).status());
    JsonNode intake = ok(f.preview(f.session, f.toTarget())).get("services").get(0);
    assertEquals("changed", intake.get("change").asText());
    assertTrue(ApiAsserts.texts(intake.get("fields")).containsAll(List.of("agent", "context_graph", "tool_capacity")),
        intake.toString());
    ok(f.promote(f.session, f.toTarget()));
    JsonNode after = ok(api.get("/v1/" + f.target + "/services/" + mine, f.targetKey));
    assertEquals(4, after.get("tool_capacity").asInt());
    assertEquals("Ava", after.get("agent_name").asText());
  }

  @Test
  void dataSourcesSecretsAndCallsAreNeverCopied() {
    PromotionFixtures f = staged();
    api.backend.tx().run(f.source, h -> h.createUpdate("INSERT INTO console.calls (workspace_id, id) VALUES (:ws, :id)")
        .bind("ws", f.source).bind("id", UUID.randomUUID()).execute());
    ok(f.promote(f.session, f.toTarget()));
    long calls = api.backend.tx().call(f.target, h -> h.createQuery("SELECT count(*) FROM console.calls"
        + " WHERE workspace_id = :ws").bind("ws", f.target).mapTo(Long.class).one());
    assertEquals(0, calls);
    long sources = api.backend.tx().call(f.target, h -> h.createQuery("SELECT count(*) FROM console.data_sources"
        + " WHERE workspace_id = :ws").bind("ws", f.target).mapTo(Long.class).one());
    assertEquals(0, sources);
    String dump = api.backend.tx().call(f.target, h -> h.createQuery("SELECT string_agg(body::text, ' ')"
        + " FROM console.settings WHERE workspace_id = :ws").bind("ws", f.target).mapTo(String.class).one());
    assertFalse(dump.contains(SafetyFixtures.DB_PASSWORD) || dump.contains(SafetyFixtures.CLIENT_SECRET));
  }

  @Test
  void aFailureHalfwayLeavesTheTargetUntouched() {
    PromotionFixtures f = staged();
    UUID legacy = api.backend.tx().call(f.target, h -> h.createQuery("SELECT id FROM console.services"
        + " WHERE workspace_id = :ws AND name = 'Legacy'").bind("ws", f.target).mapTo(UUID.class).one());
    api.backend.tx().run(f.target, h -> h.createUpdate("INSERT INTO console.calls (workspace_id, id, service_id)"
        + " VALUES (:ws, :id, :service)").bind("ws", f.target).bind("id", UUID.randomUUID())
        .bind("service", legacy).execute());
    String before = ok(f.preview(f.session, f.toTarget())).get("digest").asText();
    List<String> auditBefore = api.auditTrail(f.target);

    TestApi.Answer refused = f.promote(f.session, f.toTarget());
    assertEquals(409, refused.status(), refused.text());
    assertTrue(refused.json().get("detail").asText().contains("'Legacy'"), refused.text());
    // Services, documents, routing, settings, safety and concepts of the target are as they were.
    assertEquals(before, ok(f.preview(f.session, f.toTarget())).get("digest").asText());
    assertEquals(auditBefore, api.auditTrail(f.target));
  }

  @Test
  void aStalePreviewIsRefusedAndWritesNothing() {
    PromotionFixtures f = staged();
    String digest = ok(f.preview(f.session, f.toTarget())).get("digest").asText();
    f.put(f.source, f.sourceKey, "/settings/voice", Map.of("speed", 1.2));
    TestApi.Answer stale = f.promote(f.session, Map.of("target_workspace_id", f.target.toString(),
        "preview_digest", digest));
    assertEquals(409, stale.status(), stale.text());
    assertTrue(stale.json().get("detail").asText().contains("stale"), stale.text());
    assertEquals(1, ok(api.get("/v1/" + f.target + "/services", f.targetKey)).get("items").size());
    String fresh = ok(f.preview(f.session, f.toTarget())).get("digest").asText();
    assertNotEquals(digest, fresh);
    ok(f.promote(f.session, Map.of("target_workspace_id", f.target.toString(), "preview_digest", fresh)));
  }

  @Test
  void stagingRetentionBelowTheProductionMinimumIsRefused() {
    PromotionFixtures f = staged();
    f.put(f.source, f.sourceKey, "/settings/retention", Map.of("audit_log_days", 400, "call_recordings_days", 500));
    JsonNode p = ok(f.preview(f.session, f.toTarget()));
    assertTrue(p.get("blocking").get(0).asText().contains("2190"), p.toString());
    TestApi.Answer refused = f.promote(f.session, f.toTarget());
    assertEquals(422, refused.status(), refused.text());
    assertTrue(refused.json().at("/detail/0/msg").asText().contains("at least 2190 days"), refused.text());
    assertEquals(1, ok(api.get("/v1/" + f.target + "/services", f.targetKey)).get("items").size());
    assertEquals(2190, ok(api.get("/v1/" + f.target + "/settings/retention", f.targetKey))
        .get("call_recordings_days").asInt());
  }

  @Test
  void theTargetsLegalHoldStaysItsOwn() {
    PromotionFixtures f = staged();
    f.put(f.target, f.targetKey, "/settings/retention", Map.of("legal_hold", true, "legal_hold_reason", "Case 12"));
    f.put(f.source, f.sourceKey, "/settings/retention", Map.of("call_recordings_days", 3000));
    ok(f.promote(f.session, f.toTarget()));
    JsonNode r = ok(api.get("/v1/" + f.target + "/settings/retention", f.targetKey));
    assertEquals(3000, r.get("call_recordings_days").asInt());
    assertTrue(r.get("legal_hold").asBoolean());
    assertEquals("Case 12", r.get("legal_hold_reason").asText());
  }

  private static List<String> changes(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get("name").asText() + ":" + i.get("change").asText()));
    return out;
  }
}
