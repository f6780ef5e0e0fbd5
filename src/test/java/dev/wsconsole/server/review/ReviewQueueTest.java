package dev.wsconsole.server.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.ReviewFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The review queue over real HTTP: claim rules and races, resolutions, audit, bad input and isolation. */
@Tag("database")
class ReviewQueueTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("review_queue");
  private static final Tenant ws = tenants.workspace("review-a", Environment.STAGING, "owner-review@example.org")
      .keys(Role.OWNER).memberWithKey("operator-review@example.org", Role.OPERATOR);
  private static final Tenant other = tenants.workspace("review-b", Environment.STAGING, "stranger-review@example.org")
      .keys(Role.OWNER);

  private static String path(UUID item, String action) {
    return "/v1/" + ws.id() + "/review-queue/" + item + (action.isEmpty() ? "" : "/" + action);
  }

  @Test
  void claimThenApproveIsAuditedAndRecordsTheReviewer() {
    ReviewItem item = ReviewFixtures.item(tenants.api(), ws.id());
    TestApi.Answer claim = tenants.api().post(path(item.id(), "claim"), ws.keyOfMember(Role.OPERATOR), null);
    assertEquals(200, claim.status(), claim.text());
    assertEquals(ws.memberId(Role.OPERATOR).toString(), claim.json().get("assigned_to").asText());
    assertEquals("in_progress", claim.json().get("status").asText());
    TestApi.Answer approve = tenants.api().post(path(item.id(), "approve"), ws.keyOfMember(Role.OPERATOR),
        Map.of("notes", "matches chart"));
    assertEquals(200, approve.status(), approve.text());
    JsonNode done = approve.json();
    assertEquals("completed", done.get("status").asText());
    assertEquals("approved", done.get("completed_action").asText());
    assertEquals("matches chart", done.get("resolution").get("notes").asText());
    assertTrue(!done.get("completed_at").isNull());
    List<String> trail = ApiAsserts.auditTrail(tenants.api(), ws.id());
    assertTrue(trail.contains("review.claim review_item:" + item.id()), trail.toString());
    assertTrue(trail.contains("review.approve review_item:" + item.id()), trail.toString());
  }

  @Test
  void twoConcurrentClaimsOneWinsTheOtherIs409() throws Exception {
    for (int round = 0; round < 5; round++) {
      ReviewItem item = ReviewFixtures.item(tenants.api(), ws.id());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<TestApi.Answer>> answers = new ArrayList<>();
      for (String key : List.of(ws.ownerKey(), ws.keyOfMember(Role.OPERATOR))) {
        answers.add(pool.submit(() -> {
          start.await();
          return tenants.api().post(path(item.id(), "claim"), key, null);
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
      String holder = tenants.api().get(path(item.id(), ""), ws.ownerKey()).json().get("assigned_to").asText();
      assertTrue(holder.equals(ws.owner().toString()) || holder.equals(ws.memberId(Role.OPERATOR).toString()), holder);
    }
  }

  @Test
  void stateRulesAnswer409WithAClearDetailAndChangeNothing() {
    ReviewItem item = ReviewFixtures.claimed(tenants.api(), ws.id(), ws.memberId(Role.OPERATOR));
    conflict(tenants.api().post(path(item.id(), "claim"), ws.keyOfMember(Role.OPERATOR), null), "already claimed");
    conflict(tenants.api().post(path(item.id(), "claim"), ws.ownerKey(), null), "another reviewer");
    conflict(tenants.api().post(path(item.id(), "unclaim"), ws.ownerKey(), null), "another reviewer");
    conflict(tenants.api().post(path(item.id(), "approve"), ws.ownerKey(), Map.of()), "another reviewer");
    conflict(tenants.api().post(path(ReviewFixtures.item(tenants.api(), ws.id()).id(), "unclaim"), ws.ownerKey(),
        null), "not claimed");
    TestApi.Answer released = tenants.api().post(path(item.id(), "unclaim"), ws.keyOfMember(Role.OPERATOR), null);
    assertEquals(200, released.status(), released.text());
    assertEquals("pending", released.json().get("status").asText());
    assertEquals(200, tenants.api().post(path(item.id(), "reject"), ws.ownerKey(), Map.of("reason",
        "not a medication")).status());
    conflict(tenants.api().post(path(item.id(), "approve"), ws.ownerKey(), Map.of()), "already rejected");
    conflict(tenants.api().post(path(item.id(), "claim"), ws.keyOfMember(Role.OPERATOR), null), "already rejected");
    JsonNode after = tenants.api().get(path(item.id(), ""), ws.ownerKey()).json();
    assertEquals("rejected", after.get("status").asText());
    assertEquals("not a medication", after.get("resolution").get("reason").asText());
  }

  private static void conflict(TestApi.Answer a, String detail) {
    assertEquals(409, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().contains(detail), a.text());
  }

  @Test
  void detailShowsTheEntityAndEventsUnderReview() {
    UUID[] subject = ReviewFixtures.entityWithEvent(tenants.api(), ws.id(), "Maria Gonzalez", 0.4);
    ReviewItem item = tenants.api().backend.reviewItems().create(ws.id(), ReviewItemDraft.lowConfidence(subject[0],
        "patient",
        subject[1], 0.4, Map.of("medication", "lisinopril")));
    assertEquals(2, item.priority());
    JsonNode detail = tenants.api().get(path(item.id(), ""), ws.ownerKey()).json();
    assertEquals("Maria Gonzalez", detail.get("entity").get("display_name").asText());
    JsonNode event = detail.get("events").get(0);
    assertEquals(subject[1].toString(), event.get("id").asText());
    assertEquals("MedicationRequest", event.get("fhir_resource_type").asText());
    assertEquals("pending", event.get("review_status").asText());
    assertEquals(0.4, event.get("confidence").asDouble(), 1e-6);
    assertEquals(200, tenants.api().post(path(item.id(), "approve"), ws.ownerKey(), null).status());
    assertEquals("human_approved", tenants.api().get(path(item.id(), ""), ws.ownerKey()).json().get("events").get(0)
        .get("review_status").asText());
  }

  @Test
  void correctionWritesAnAuthoritativeEventSupersedingTheReviewedOne() {
    ReviewItem item = ReviewFixtures.itemWithEvent(tenants.api(), ws.id());
    UUID reviewed = item.eventIds().get(0);
    TestApi.Answer a = tenants.api().post(path(item.id(), "correct"), ws.keyOfMember(Role.OPERATOR),
        Map.of("corrected_data", Map.of("medication", "lisinopril 20 mg"), "notes", "dose per chart"));
    assertEquals(200, a.status(), a.text());
    assertEquals("corrected", a.json().get("completed_action").asText());
    UUID corrected = UUID.fromString(a.json().get("resolution").get("corrected_event_id").asText());
    Map<String, Object> row = tenants.api().backend.tx().call(ws.id(),
        h -> h.createQuery("SELECT supersedes, source, confidence,"
            + " event_type, data->>'medication' AS medication FROM console.events WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws.id()).bind("id", corrected).mapToMap().one());
    assertEquals(reviewed, row.get("supersedes"));
    assertEquals("human_review", row.get("source"));
    assertEquals(1.0f, ((Number) row.get("confidence")).floatValue());
    assertEquals("medication.reported", row.get("event_type"));
    assertEquals("lisinopril 20 mg", row.get("medication"));
    assertEquals(2L, eventsOf(item.entityId()), "the reviewed event stays in the log");
    assertEquals("lisinopril 20 mg", tenants.api().backend.world().recompute(ws.id(),
        item.entityId()).orElseThrow().fields()
        .get("medication").value().asText());
    JsonNode detail = tenants.api().get(path(item.id(), ""), ws.ownerKey()).json();
    assertEquals("corrected", detail.get("events").get(0).get("review_status").asText());
    assertTrue(ApiAsserts.auditTrail(tenants.api(), ws.id()).contains("review.correct review_item:" + item.id()));
    conflict(tenants.api().post(path(item.id(), "correct"), ws.keyOfMember(Role.OPERATOR), Map.of("corrected_data",
        Map.of("x", 1))),
        "already corrected");
    assertEquals(2L, eventsOf(item.entityId()));
  }

  @Test
  void anItemWithoutAnEntityCannotBeCorrectedAndNothingIsWritten() {
    ReviewItem item = ReviewFixtures.item(tenants.api(), ws.id());
    long events = tenants.api().backend.tx().call(ws.id(), h -> h.createQuery("SELECT count(*) FROM console.events")
        .mapTo(Long.class).one());
    conflict(tenants.api().post(path(item.id(), "correct"), ws.keyOfMember(Role.OPERATOR), Map.of("corrected_data",
        Map.of("m", "x"))),
        "approve or reject");
    assertEquals(events, (long) tenants.api().backend.tx().call(ws.id(),
        h -> h.createQuery("SELECT count(*) FROM console.events")
        .mapTo(Long.class).one()));
    assertEquals("pending", tenants.api().get(path(item.id(), ""), ws.ownerKey()).json().get("status").asText());
  }

  private static long eventsOf(UUID entity) {
    return tenants.api().backend.tx().call(ws.id(),
        h -> h.createQuery("SELECT count(*) FROM console.events WHERE workspace_id = :ws"
        + " AND entity_id = :e").bind("ws", ws.id()).bind("e", entity).mapTo(Long.class).one());
  }

  @Test
  void badInputIs422Or404AndWritesNothing() {
    ReviewItem item = ReviewFixtures.item(tenants.api(), ws.id());
    int audit = ApiAsserts.auditTrail(tenants.api(), ws.id()).size();
    ApiAsserts.invalid(tenants.api().post(path(item.id(), "reject"), ws.ownerKey(), Map.of()), "body.reason",
        "missing");
    ApiAsserts.invalid(tenants.api().post(path(item.id(), "reject"), ws.ownerKey(), Map.of("reason", "")),
        "body.reason",
        "string_too_short");
    ApiAsserts.invalid(tenants.api().post(path(item.id(), "correct"), ws.ownerKey(), Map.of("notes", "x")),
        "body.corrected_data",
        "missing");
    ApiAsserts.invalid(tenants.api().post(path(item.id(), "correct"), ws.ownerKey(), Map.of("corrected_data",
        Map.of())),
        "body.corrected_data", "too_short");
    ApiAsserts.invalid(tenants.api().post(path(item.id(), "correct"), ws.ownerKey(), Map.of("corrected_data", "dose")),
        "body.corrected_data", "dict_type");
    ApiAsserts.invalid(tenants.api().post(path(item.id(), "approve"), ws.ownerKey(), Map.of("note", "typo")),
        "body.note",
        "extra_forbidden");
    ApiAsserts.invalid(tenants.api().post("/v1/" + ws.id() + "/review-queue/nope/claim", ws.ownerKey(), null),
        "path.item_id",
        "uuid_parsing");
    ApiAsserts.notFoundNaming(tenants.api().post(path(UUID.randomUUID(), "claim"), ws.ownerKey(), null), "Review item");
    ApiAsserts.invalid(tenants.api().get("/v1/" + ws.id() + "/review-queue?status=done", ws.ownerKey()),
        "query.status", "enum");
    ApiAsserts.invalid(tenants.api().get("/v1/" + ws.id() + "/review-queue?sort_by=secret", ws.ownerKey()),
        "query.sort_by", "enum");
    ApiAsserts.invalid(tenants.api().get("/v1/" + ws.id() + "/review-queue?sort_order=up", ws.ownerKey()),
        "query.sort_order", "enum");
    ApiAsserts.invalid(tenants.api().get("/v1/" + ws.id() + "/review-queue?created_after=today", ws.ownerKey()),
        "query.created_after",
        "datetime_parsing");
    assertEquals("pending", tenants.api().get(path(item.id(), ""), ws.ownerKey()).json().get("status").asText());
    assertEquals(audit, ApiAsserts.auditTrail(tenants.api(), ws.id()).size());
  }

  @Test
  void listFiltersSortsAndPages() {
    UUID fresh = tenants.api().workspace("review-list", Environment.STAGING, ws.owner());
    String key = tenants.api().key(fresh, ws.owner(), Role.OWNER);
    for (int i = 0; i < 3; i++) {
      ReviewFixtures.item(tenants.api(), fresh);
    }
    tenants.api().backend.reviewItems().create(fresh, ReviewItemDraft.lowConfidence(null, "appointment", null, 0.7,
        Map.of()));
    String base = "/v1/" + fresh + "/review-queue";
    JsonNode first = tenants.api().get(base + "?limit=3&sort_by=priority&sort_order=desc", key).json();
    assertEquals(4, first.get("total").asLong());
    assertTrue(first.get("has_more").asBoolean());
    assertEquals(2, first.get("items").get(0).get("priority").asInt());
    JsonNode rest = tenants.api().get(base + "?limit=3&sort_by=priority&sort_order=desc&continuation_token=3",
        key).json();
    assertEquals(1, rest.get("items").size());
    assertEquals(1, rest.get("items").get(0).get("priority").asInt());
    assertEquals(1, tenants.api().get(base + "?entity_type=appointment", key).json().get("total").asLong());
    assertEquals(3, tenants.api().get(base + "?priority=2", key).json().get("total").asLong());
    assertEquals(0, tenants.api().get(base + "?status=completed", key).json().get("total").asLong());
    assertEquals(0, tenants.api().get(base + "?created_after=2100-01-01T00:00:00Z", key).json().get("total").asLong());
  }

  @Test
  void anotherWorkspaceNeitherSeesNorActsOnTheItems() {
    ReviewItem item = ReviewFixtures.item(tenants.api(), ws.id());
    assertEquals(404, tenants.api().get(path(item.id(), ""), other.ownerKey()).status());
    ApiAsserts.notFoundNaming(tenants.api().get("/v1/" + other.id() + "/review-queue/" + item.id(), other.ownerKey()),
        "Review item");
    ApiAsserts.notFoundNaming(tenants.api().post("/v1/" + other.id() + "/review-queue/" + item.id() + "/claim",
        other.ownerKey(), null),
        "Review item");
    for (JsonNode i : tenants.api().get("/v1/" + other.id() + "/review-queue?limit=20",
        other.ownerKey()).json().get("items")) {
      assertTrue(!i.get("id").asText().equals(item.id().toString()));
    }
    assertEquals("pending", ReviewFixtures.item(tenants.api(), ws.id()).status());
    assertEquals("pending", tenants.api().get(path(item.id(), ""), ws.ownerKey()).json().get("status").asText());
  }

  @Test
  void theJavaApiRefusesAnotherWorkspacesCall() {
    UUID foreignCall = UUID.randomUUID();
    assertThrows(ReviewItemStore.UnknownReference.class, () -> tenants.api().backend.reviewItems().create(other.id(),
        new ReviewItemDraft(null, null, List.of(), foreignCall, "", 1, "simulator_outcome", null, Map.of())));
    assertThrows(IllegalArgumentException.class, () -> new ReviewItemDraft(null, null, null, null, null, 1, " ",
        null, null));
  }
}
