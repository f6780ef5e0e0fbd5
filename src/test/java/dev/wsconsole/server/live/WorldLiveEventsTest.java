package dev.wsconsole.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.review.ReviewItem;
import dev.wsconsole.server.review.ReviewRules;
import dev.wsconsole.server.world.WorldLiveStore;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.ReviewFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** World writes reach the live stream of their own workspace only, as summaries, and only readers with World.view. */
@Tag("database")
class WorldLiveEventsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("world_live");
  private static final Tenant east = tenants.workspace("world-live-east", Environment.STAGING, "world-live@example.org")
      .keys(Role.OWNER);
  private static final Tenant west = tenants.workspace("world-live-west", Environment.STAGING, "world-live@example.org")
      .keys(Role.OWNER);

  @BeforeAll
  static void tightenStreamLimits() {
    tenants.api().backend.liveHub().limits(new StreamLimits(20, Duration.ofMillis(300)));
  }

  private static String entity(UUID ws, String key, String name) {
    TestApi.Answer a = tenants.api().post("/v1/" + ws + "/world/entities", key, Map.of("entity_type", "patient",
        "external_key", name, "display_name", name));
    assertEquals(200, a.status(), a.text());
    return a.json().get("id").asText();
  }

  private static List<String> append(UUID ws, String key, String entity, int n) {
    List<Map<String, Object>> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(Map.of("entity_id", entity, "event_type", "note.recorded", "domain", "clinical",
          "source", "api", "confidence", 1.0, "data", Map.of("n", i)));
    }
    TestApi.Answer a = tenants.api().post("/v1/" + ws + "/world/events", key, Map.of("events", events));
    assertEquals(201, a.status(), a.text());
    List<String> ids = new ArrayList<>();
    a.json().get("events").forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  @Test
  void aSubscriberSeesItsWorkspacesWritesAndNeverTheOtherWorkspacesWrittenAtTheSameTime() throws Exception {
    // Earlier tests' appends are announced after their commit (decision 0026): let them land before the streams open.
    assertTrue(tenants.api().backend.worldAnnouncer().awaitAnnounced(WAIT));
    try (EventStreamClient eastStream = EventStreamClient.open(tenants.api().baseUrl(), east.id(), east.ownerKey(),
        null);
         EventStreamClient westStream = EventStreamClient.open(tenants.api().baseUrl(), west.id(), west.ownerKey(),
             null)) {
      String eastPatient = entity(east.id(), east.ownerKey(), "east-1");
      String westPatient = entity(west.id(), west.ownerKey(), "west-1");
      CompletableFuture<List<String>> westWrites = CompletableFuture.supplyAsync(() -> append(west.id(),
          west.ownerKey(),
          westPatient, 3));
      List<String> eastIds = append(east.id(), east.ownerKey(), eastPatient, 3);
      List<String> westIds = westWrites.get();
      JsonNode created = LiveEventsTest.json(eastStream.next(1, WorldLiveStore.ENTITY_CREATED, WAIT).get(0));
      assertEquals(eastPatient, created.get("entity_id").asText());
      JsonNode appended = LiveEventsTest.json(eastStream.next(1, WorldLiveStore.APPENDED, WAIT).get(0));
      assertEquals(3, appended.get("event_count").asInt(), "one summary for the batch of three");
      assertEquals(List.of(eastPatient), ApiAsserts.texts(appended.get("entity_ids")));
      assertEquals(eastIds.stream().sorted().toList(), ApiAsserts.texts(appended.get("event_ids")).stream().sorted().toList());
      JsonNode westAppended = LiveEventsTest.json(westStream.next(1, WorldLiveStore.APPENDED, WAIT).get(0));
      assertEquals(westIds.stream().sorted().toList(), ApiAsserts.texts(westAppended.get("event_ids")).stream().sorted()
          .toList());
      // A sentinel after both writes: everything the east stream carried up to it is east's own.
      String sentinel = append(east.id(), east.ownerKey(), eastPatient, 1).get(0);
      List<EventStreamClient.Event> seen = new ArrayList<>();
      for (EventStreamClient.Event e = eastStream.next(WAIT); !e.data().contains(sentinel); e = eastStream.next(WAIT)) {
        seen.add(e);
      }
      for (EventStreamClient.Event e : seen) {
        assertFalse(e.data().contains(westPatient), e.toString());
        westIds.forEach(id -> assertFalse(e.data().contains(id), e.toString()));
      }
    }
  }

  @Test
  void aKeyWithoutWorldViewIsNotSentWorldEvents() throws Exception {
    List<String> rights = RolePermissions.of(Role.OWNER).stream().filter(p -> p != Permission.WORLD_VIEW)
        .map(Permission::wireName).sorted().toList();
    String blind = tenants.api().backend.apiKeys().create(east.id(), "no world view", Role.OWNER, rights,
        east.owner(), null, 1,
        AuditRecord.allowed(Map.of("kind", "test"), "api_key.create", "", "test")).secret();
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), east.id(), blind, null)) {
      assertEquals(200, stream.status, stream.errorBody);
      String patient = entity(east.id(), east.ownerKey(), "east-blind");
      append(east.id(), east.ownerKey(), patient, 2);
      LiveEventsTest.publish(tenants.api(), east.id(), "call.marker", Map.of("n", 1));
      for (EventStreamClient.Event e = stream.next(WAIT); !e.type().equals("call.marker"); e = stream.next(WAIT)) {
        assertFalse(e.type().startsWith("world."), "sent without World.view: " + e);
      }
    }
  }

  @Test
  void aReviewCorrectionIsAnnouncedAsAWorldWrite() throws Exception {
    UUID reviewer = tenants.api().user("world-live-reviewer@example.org");
    tenants.api().member(east.id(), reviewer, Role.OPERATOR);
    ReviewItem item = ReviewFixtures.itemWithEvent(tenants.api(), east.id());
    tenants.api().backend.reviewItems().step(east.id(), item.id(), reviewer, ReviewRules.Step.CLAIM, Map.of(),
        AuditRecord.allowed(Map.of("kind", "test"), "review.claim", "", "test"));
    String reviewerKey = tenants.api().key(east.id(), reviewer, Role.OPERATOR);
    // The fixture's own voice event is announced after its commit (decision 0026): before the stream opens.
    assertTrue(tenants.api().backend.worldAnnouncer().awaitAnnounced(WAIT));
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), east.id(), east.ownerKey(), null)) {
      TestApi.Answer a = tenants.api().post("/v1/" + east.id() + "/review-queue/" + item.id() + "/correct", reviewerKey,
          Map.of("corrected_data", Map.of("medication", "lisinopril 20 mg")));
      assertEquals(200, a.status(), a.text());
      JsonNode appended = LiveEventsTest.json(stream.next(1, WorldLiveStore.APPENDED, WAIT).get(0));
      assertEquals(List.of(item.entityId().toString()), ApiAsserts.texts(appended.get("entity_ids")));
      assertEquals(List.of("human_review"), ApiAsserts.texts(appended.get("sources")));
    }
  }

  @Test
  void aReplayedIdempotencyKeyAnnouncesNothingNew() {
    String patient = entity(east.id(), east.ownerKey(), "east-replay");
    Map<String, Object> event = Map.of("entity_id", patient, "event_type", "note.recorded", "domain", "clinical",
        "source", "api", "confidence", 1.0, "data", Map.of(), "idempotency_key", "replay-1");
    assertEquals(201, tenants.api().post("/v1/" + east.id() + "/world/events", east.ownerKey(), event).status());
    long before = appendedCount();
    assertEquals(201, tenants.api().post("/v1/" + east.id() + "/world/events", east.ownerKey(), event).status());
    assertEquals(before, appendedCount());
    assertNotEquals(0, before);
  }

  /** World appends are announced after commit (decision 0026): wait for this node's announcements first. */
  private static long appendedCount() {
    try {
      assertTrue(tenants.api().backend.worldAnnouncer().awaitAnnounced(WAIT));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return tenants.api().backend.liveEvents().after(east.id(), 0, 10_000).stream()
        .filter(e -> e.type().equals(WorldLiveStore.APPENDED)).count();
  }
}
