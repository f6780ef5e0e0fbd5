package dev.wsconsole.server.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.ReviewFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The review queue over real HTTP: claim rules and races, resolutions, audit, bad input and isolation. */
@Tag("database")
class ReviewQueueTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID other;
  private static UUID owner;
  private static UUID operator;
  private static String ownerKey;
  private static String operatorKey;
  private static String otherKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("review_queue");
    owner = api.user("owner-review@example.org");
    operator = api.user("operator-review@example.org");
    ws = api.workspace("review-a", Environment.STAGING, owner);
    api.member(ws, operator, Role.OPERATOR);
    ownerKey = api.key(ws, owner, Role.OWNER);
    operatorKey = api.key(ws, operator, Role.OPERATOR);
    UUID stranger = api.user("stranger-review@example.org");
    other = api.workspace("review-b", Environment.STAGING, stranger);
    otherKey = api.key(other, stranger, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static String path(UUID item, String action) {
    return "/v1/" + ws + "/review-queue/" + item + (action.isEmpty() ? "" : "/" + action);
  }

  @Test
  void claimThenApproveIsAuditedAndRecordsTheReviewer() {
    ReviewItem item = ReviewFixtures.item(api, ws);
    TestApi.Answer claim = api.post(path(item.id(), "claim"), operatorKey, null);
    assertEquals(200, claim.status(), claim.text());
    assertEquals(operator.toString(), claim.json().get("assigned_to").asText());
    assertEquals("in_progress", claim.json().get("status").asText());
    TestApi.Answer approve = api.post(path(item.id(), "approve"), operatorKey, Map.of("notes", "matches chart"));
    assertEquals(200, approve.status(), approve.text());
    JsonNode done = approve.json();
    assertEquals("completed", done.get("status").asText());
    assertEquals("approved", done.get("completed_action").asText());
    assertEquals("matches chart", done.get("resolution").get("notes").asText());
    assertTrue(!done.get("completed_at").isNull());
    List<String> trail = ApiAsserts.auditTrail(api, ws);
    assertTrue(trail.contains("review.claim review_item:" + item.id()), trail.toString());
    assertTrue(trail.contains("review.approve review_item:" + item.id()), trail.toString());
  }

  @Test
  void twoConcurrentClaimsOneWinsTheOtherIs409() throws Exception {
    for (int round = 0; round < 5; round++) {
      ReviewItem item = ReviewFixtures.item(api, ws);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<TestApi.Answer>> answers = new ArrayList<>();
      for (String key : List.of(ownerKey, operatorKey)) {
        answers.add(pool.submit(() -> {
          start.await();
          return api.post(path(item.id(), "claim"), key, null);
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<TestApi.Answer> a : answers) {
        statuses.add(a.get().status());
      }
      pool.shutdown();
      statuses.sort(Integer::compare);
      assertEquals(List.of(200, 409), statuses, "round " + round);
      String holder = api.get(path(item.id(), ""), ownerKey).json().get("assigned_to").asText();
      assertTrue(holder.equals(owner.toString()) || holder.equals(operator.toString()), holder);
    }
  }

  @Test
  void stateRulesAnswer409WithAClearDetailAndChangeNothing() {
    ReviewItem item = ReviewFixtures.claimed(api, ws, operator);
    conflict(api.post(path(item.id(), "claim"), operatorKey, null), "already claimed");
    conflict(api.post(path(item.id(), "claim"), ownerKey, null), "another reviewer");
    conflict(api.post(path(item.id(), "unclaim"), ownerKey, null), "another reviewer");
    conflict(api.post(path(item.id(), "approve"), ownerKey, Map.of()), "another reviewer");
    conflict(api.post(path(ReviewFixtures.item(api, ws).id(), "unclaim"), ownerKey, null), "not claimed");
    TestApi.Answer released = api.post(path(item.id(), "unclaim"), operatorKey, null);
    assertEquals(200, released.status(), released.text());
    assertEquals("pending", released.json().get("status").asText());
    assertEquals(200, api.post(path(item.id(), "reject"), ownerKey, Map.of("reason", "not a medication")).status());
    conflict(api.post(path(item.id(), "approve"), ownerKey, Map.of()), "already rejected");
    conflict(api.post(path(item.id(), "claim"), operatorKey, null), "already rejected");
    JsonNode after = api.get(path(item.id(), ""), ownerKey).json();
    assertEquals("rejected", after.get("status").asText());
    assertEquals("not a medication", after.get("resolution").get("reason").asText());
  }

  private static void conflict(TestApi.Answer a, String detail) {
    assertEquals(409, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().contains(detail), a.text());
  }

  @Test
  void detailShowsTheEntityAndEventsUnderReview() {
    UUID[] subject = ReviewFixtures.entityWithEvent(api, ws, "Maria Gonzalez", 0.4);
    ReviewItem item = api.backend.reviewItems().create(ws, ReviewItemDraft.lowConfidence(subject[0], "patient",
        subject[1], 0.4, Map.of("medication", "lisinopril")));
    assertEquals(2, item.priority());
    JsonNode detail = api.get(path(item.id(), ""), ownerKey).json();
    assertEquals("Maria Gonzalez", detail.get("entity").get("display_name").asText());
    JsonNode event = detail.get("events").get(0);
    assertEquals(subject[1].toString(), event.get("id").asText());
    assertEquals("MedicationRequest", event.get("fhir_resource_type").asText());
    assertEquals("pending", event.get("review_status").asText());
    assertEquals(0.4, event.get("confidence").asDouble(), 1e-6);
    assertEquals(200, api.post(path(item.id(), "approve"), ownerKey, null).status());
    assertEquals("human_approved", api.get(path(item.id(), ""), ownerKey).json().get("events").get(0)
        .get("review_status").asText());
  }

  @Test
  void correctionWritesAnAuthoritativeEventSupersedingTheReviewedOne() {
    ReviewItem item = ReviewFixtures.itemWithEvent(api, ws);
    UUID reviewed = item.eventIds().get(0);
    TestApi.Answer a = api.post(path(item.id(), "correct"), operatorKey,
        Map.of("corrected_data", Map.of("medication", "lisinopril 20 mg"), "notes", "dose per chart"));
    assertEquals(200, a.status(), a.text());
    assertEquals("corrected", a.json().get("completed_action").asText());
    UUID corrected = UUID.fromString(a.json().get("resolution").get("corrected_event_id").asText());
    Map<String, Object> row = api.backend.tx().call(ws, h -> h.createQuery("SELECT supersedes, source, confidence,"
            + " event_type, data->>'medication' AS medication FROM console.events WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", corrected).mapToMap().one());
    assertEquals(reviewed, row.get("supersedes"));
    assertEquals("human_review", row.get("source"));
    assertEquals(1.0f, ((Number) row.get("confidence")).floatValue());
    assertEquals("medication.reported", row.get("event_type"));
    assertEquals("lisinopril 20 mg", row.get("medication"));
    assertEquals(2L, eventsOf(item.entityId()), "the reviewed event stays in the log");
    assertEquals("lisinopril 20 mg", api.backend.world().recompute(ws, item.entityId()).orElseThrow().fields()
        .get("medication").value().asText());
    JsonNode detail = api.get(path(item.id(), ""), ownerKey).json();
    assertEquals("corrected", detail.get("events").get(0).get("review_status").asText());
    assertTrue(ApiAsserts.auditTrail(api, ws).contains("review.correct review_item:" + item.id()));
    conflict(api.post(path(item.id(), "correct"), operatorKey, Map.of("corrected_data", Map.of("x", 1))),
        "already corrected");
    assertEquals(2L, eventsOf(item.entityId()));
  }

  @Test
  void anItemWithoutAnEntityCannotBeCorrectedAndNothingIsWritten() {
    ReviewItem item = ReviewFixtures.item(api, ws);
    long events = api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.events")
        .mapTo(Long.class).one());
    conflict(api.post(path(item.id(), "correct"), operatorKey, Map.of("corrected_data", Map.of("m", "x"))),
        "approve or reject");
    assertEquals(events, (long) api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.events")
        .mapTo(Long.class).one()));
    assertEquals("pending", api.get(path(item.id(), ""), ownerKey).json().get("status").asText());
  }

  private static long eventsOf(UUID entity) {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.events WHERE workspace_id = :ws"
        + " AND entity_id = :e").bind("ws", ws).bind("e", entity).mapTo(Long.class).one());
  }

  @Test
  void badInputIs422Or404AndWritesNothing() {
    ReviewItem item = ReviewFixtures.item(api, ws);
    int audit = ApiAsserts.auditTrail(api, ws).size();
    ApiAsserts.invalid(api.post(path(item.id(), "reject"), ownerKey, Map.of()), "body.reason", "missing");
    ApiAsserts.invalid(api.post(path(item.id(), "reject"), ownerKey, Map.of("reason", "")), "body.reason",
        "string_too_short");
    ApiAsserts.invalid(api.post(path(item.id(), "correct"), ownerKey, Map.of("notes", "x")), "body.corrected_data",
        "missing");
    ApiAsserts.invalid(api.post(path(item.id(), "correct"), ownerKey, Map.of("corrected_data", Map.of())),
        "body.corrected_data", "too_short");
    ApiAsserts.invalid(api.post(path(item.id(), "correct"), ownerKey, Map.of("corrected_data", "dose")),
        "body.corrected_data", "dict_type");
    ApiAsserts.invalid(api.post(path(item.id(), "approve"), ownerKey, Map.of("note", "typo")), "body.note",
        "extra_forbidden");
    ApiAsserts.invalid(api.post("/v1/" + ws + "/review-queue/nope/claim", ownerKey, null), "path.item_id",
        "uuid_parsing");
    ApiAsserts.notFoundNaming(api.post(path(UUID.randomUUID(), "claim"), ownerKey, null), "Review item");
    ApiAsserts.invalid(api.get("/v1/" + ws + "/review-queue?status=done", ownerKey), "query.status", "enum");
    ApiAsserts.invalid(api.get("/v1/" + ws + "/review-queue?sort_by=secret", ownerKey), "query.sort_by", "enum");
    ApiAsserts.invalid(api.get("/v1/" + ws + "/review-queue?sort_order=up", ownerKey), "query.sort_order", "enum");
    ApiAsserts.invalid(api.get("/v1/" + ws + "/review-queue?created_after=today", ownerKey), "query.created_after",
        "datetime_parsing");
    assertEquals("pending", api.get(path(item.id(), ""), ownerKey).json().get("status").asText());
    assertEquals(audit, ApiAsserts.auditTrail(api, ws).size());
  }

  @Test
  void listFiltersSortsAndPages() {
    UUID fresh = api.workspace("review-list", Environment.STAGING, owner);
    String key = api.key(fresh, owner, Role.OWNER);
    for (int i = 0; i < 3; i++) {
      ReviewFixtures.item(api, fresh);
    }
    api.backend.reviewItems().create(fresh, ReviewItemDraft.lowConfidence(null, "appointment", null, 0.7, Map.of()));
    String base = "/v1/" + fresh + "/review-queue";
    JsonNode first = api.get(base + "?limit=3&sort_by=priority&sort_order=desc", key).json();
    assertEquals(4, first.get("total").asLong());
    assertTrue(first.get("has_more").asBoolean());
    assertEquals(2, first.get("items").get(0).get("priority").asInt());
    JsonNode rest = api.get(base + "?limit=3&sort_by=priority&sort_order=desc&continuation_token=3", key).json();
    assertEquals(1, rest.get("items").size());
    assertEquals(1, rest.get("items").get(0).get("priority").asInt());
    assertEquals(1, api.get(base + "?entity_type=appointment", key).json().get("total").asLong());
    assertEquals(3, api.get(base + "?priority=2", key).json().get("total").asLong());
    assertEquals(0, api.get(base + "?status=completed", key).json().get("total").asLong());
    assertEquals(0, api.get(base + "?created_after=2100-01-01T00:00:00Z", key).json().get("total").asLong());
  }

  @Test
  void anotherWorkspaceNeitherSeesNorActsOnTheItems() {
    ReviewItem item = ReviewFixtures.item(api, ws);
    assertEquals(404, api.get(path(item.id(), ""), otherKey).status());
    ApiAsserts.notFoundNaming(api.get("/v1/" + other + "/review-queue/" + item.id(), otherKey), "Review item");
    ApiAsserts.notFoundNaming(api.post("/v1/" + other + "/review-queue/" + item.id() + "/claim", otherKey, null),
        "Review item");
    for (JsonNode i : api.get("/v1/" + other + "/review-queue?limit=20", otherKey).json().get("items")) {
      assertTrue(!i.get("id").asText().equals(item.id().toString()));
    }
    assertEquals("pending", ReviewFixtures.item(api, ws).status());
    assertEquals("pending", api.get(path(item.id(), ""), ownerKey).json().get("status").asText());
  }

  @Test
  void theJavaApiRefusesAnotherWorkspacesCall() {
    UUID foreignCall = UUID.randomUUID();
    assertThrows(ReviewItemStore.UnknownReference.class, () -> api.backend.reviewItems().create(other,
        new ReviewItemDraft(null, null, List.of(), foreignCall, "", 1, "simulator_outcome", null, Map.of())));
    assertThrows(IllegalArgumentException.class, () -> new ReviewItemDraft(null, null, null, null, null, 1, " ",
        null, null));
  }
}
