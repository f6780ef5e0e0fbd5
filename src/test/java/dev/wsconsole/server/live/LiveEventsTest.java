package dev.wsconsole.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event stream over real HTTP: order and ids, replay, heartbeats, real product events, who sees what. */
@Tag("database")
class LiveEventsTest {
  static final Duration WAIT = Duration.ofSeconds(10);
  static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("live_events");
  private static final Tenant north = tenants.workspace("live-north", Environment.STAGING, "live-owner@example.org")
      .keys(Role.OWNER);

  @BeforeAll
  static void tightenStreamLimits() {
    tenants.api().backend.liveHub().limits(new StreamLimits(20, Duration.ofMillis(300)));
  }

  static long publish(TestApi on, UUID ws, String type, Map<String, Object> data) {
    return on.backend.tx().call(ws, h -> LiveEventStore.publish(h, ws, type, data));
  }

  static JsonNode json(EventStreamClient.Event e) throws Exception {
    return JSON.readTree(e.data());
  }

  @Test
  void eventsArriveInOrderWithIdsAfterARetryLine() throws Exception {
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), north.id(), north.ownerKey(),
        null)) {
      assertEquals(200, stream.status, stream.errorBody);
      assertTrue(stream.contentType.startsWith("text/event-stream"), stream.contentType);
      for (int i = 0; i < 5; i++) {
        publish(tenants.api(), north.id(), "world.test_event", Map.of("n", i));
      }
      List<EventStreamClient.Event> got = stream.next(5, "world.test_event", WAIT);
      assertEquals("3000", stream.retry);
      for (int i = 0; i < 5; i++) {
        assertEquals(i, json(got.get(i)).get("n").asInt());
        assertEquals("world.test_event", json(got.get(i)).get("event_type").asText());
        if (i > 0) {
          assertTrue(Long.parseLong(got.get(i).id()) > Long.parseLong(got.get(i - 1).id()), got.toString());
        }
      }
    }
  }

  @Test
  void aProductChangeIsAnnouncedWithItsAuditEntry() throws Exception {
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), north.id(), north.ownerKey(),
        null)) {
      String e164 = TestPhoneNumbers.fresh();
      TestApi.Answer created = tenants.api().post("/v1/" + north.id() + "/phone-numbers", north.ownerKey(),
          Map.of("phone_number", e164));
      assertEquals(201, created.status(), created.text());
      String id = created.json().get("id").asText();
      JsonNode number = null;
      JsonNode audit = null;
      while (number == null || audit == null) {
        EventStreamClient.Event e = stream.next(WAIT);
        if (e.type().equals("phone_number.created")) {
          number = json(e);
        } else if (e.type().equals("audit.entry_appended") && json(e).get("target").asText().contains(id)) {
          audit = json(e);
        }
      }
      assertEquals(e164, number.get("phone_number").asText());
      assertEquals(id, number.get("phone_number_id").asText());
      assertEquals("allowed", audit.get("result").asText());
    }
  }

  @Test
  void idleStreamsCarryHeartbeatComments() throws Exception {
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), north.id(), north.ownerKey(),
        null)) {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (stream.comments.get() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(stream.comments.get() >= 2, "heartbeats seen: " + stream.comments.get());
    }
  }

  @Test
  void aReconnectingClientGetsWhatItMissedAfterLastEventId() throws Exception {
    long first = publish(tenants.api(), north.id(), "world.replayed", Map.of("n", 1));
    publish(tenants.api(), north.id(), "world.replayed", Map.of("n", 2));
    publish(tenants.api(), north.id(), "world.replayed", Map.of("n", 3));
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), north.id(), north.ownerKey(),
        Long.toString(first))) {
      List<EventStreamClient.Event> got = stream.next(2, "world.replayed", WAIT);
      assertEquals(2, json(got.get(0)).get("n").asInt());
      assertEquals(3, json(got.get(1)).get("n").asInt());
      assertEquals(first + 1, Long.parseLong(got.get(0).id()));
    }
  }

  @Test
  void aLastEventIdOlderThanTheWindowStartsFreshAndSaysSo() throws Exception {
    UUID ws = tenants.api().workspace("live-stale", Environment.STAGING, north.owner());
    String key = tenants.api().key(ws, north.owner(), Role.OWNER);
    long old = publish(tenants.api(), ws, "world.aged", Map.of("n", 1));
    publish(tenants.api(), ws, "world.aged", Map.of("n", 2));
    // Age every event of the workspace past the five-minute window, as time would.
    tenants.api().backend.tx().run(ws,
        h -> h.createUpdate("UPDATE console.live_events SET created_at = now() - interval"
        + " '6 minutes' WHERE workspace_id = :ws").bind("ws", ws).execute());
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), ws, key, Long.toString(old))) {
      EventStreamClient.Event reset = stream.next(WAIT);
      assertEquals("stream.reset", reset.type());
      assertTrue(json(reset).get("reason").asText().contains("replay window"), reset.data());
      long latest = Long.parseLong(reset.id());
      assertTrue(latest > old);
      publish(tenants.api(), ws, "world.aged", Map.of("n", 3));
      EventStreamClient.Event next = stream.next(1, "world.aged", WAIT).get(0);
      assertEquals(3, json(next).get("n").asInt(), "the aged events are not replayed");
    }
  }

  @Test
  void anUnknownLastEventIdStartsFreshAndSaysSo() throws Exception {
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), north.id(), north.ownerKey(),
        "999999999")) {
      EventStreamClient.Event reset = stream.next(WAIT);
      assertEquals("stream.reset", reset.type());
      assertTrue(json(reset).get("reason").asText().contains("not an event id"), reset.data());
    }
  }

  @Test
  void aViewerMayStreamButSeesOnlyWhatItsRoleMayRead() throws Exception {
    UUID viewer = tenants.api().user("live-viewer@example.org");
    tenants.api().member(north.id(), viewer, Role.VIEWER);
    String viewerKey = tenants.api().key(north.id(), viewer, Role.VIEWER);
    try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), north.id(), viewerKey, null)) {
      assertEquals(200, stream.status, stream.errorBody);
      publish(tenants.api(), north.id(), "audit.entry_appended", Map.of("action", "secret.thing"));
      publish(tenants.api(), north.id(), "world.visible", Map.of("n", 1));
      EventStreamClient.Event e = stream.next(WAIT);
      assertEquals("world.visible", e.type(), "a viewer lacks Audit.view, so the audit event is not sent");
    }
  }

  @Test
  void withoutCredentialsOrFromAnotherWorkspaceTheStreamIsRefused() throws Exception {
    try (EventStreamClient none = EventStreamClient.open(tenants.api().baseUrl(), north.id(), null, null)) {
      assertEquals(401, none.status);
    }
    UUID other = tenants.api().workspace("live-other", Environment.STAGING, north.owner());
    String otherKey = tenants.api().key(other, north.owner(), Role.OWNER);
    try (EventStreamClient foreign = EventStreamClient.open(tenants.api().baseUrl(), north.id(), otherKey, null)) {
      assertEquals(404, foreign.status);
    }
  }

  @Test
  void withoutAnEventStreamAcceptHeaderTheBacklogComesAsJson() {
    long id = publish(tenants.api(), north.id(), "world.backlog", Map.of("n", 7));
    TestApi.Answer all = tenants.api().get("/v1/" + north.id() + "/events/stream", north.ownerKey());
    assertEquals(200, all.status(), all.text());
    boolean found = false;
    for (JsonNode item : all.json().get("items")) {
      found |= item.get("id").asLong() == id && item.get("data").get("n").asInt() == 7;
    }
    assertTrue(found, all.text());
    TestApi.Answer after = tenants.api().call("GET", "/v1/" + north.id() + "/events/stream?last_event_id=" + id,
        north.ownerKey(), null);
    assertEquals(200, after.status(), after.text());
    for (JsonNode item : after.json().get("items")) {
      assertTrue(item.get("id").asLong() > id);
    }
    assertFalse(after.json().has("reset"));
  }

  @Test
  void pruningDeletesOnlyEventsOlderThanTheReplayWindow() {
    UUID ws = tenants.api().workspace("live-prune", Environment.STAGING, north.owner());
    publish(tenants.api(), ws, "world.pruned", Map.of("n", 1));
    tenants.api().backend.tx().run(ws,
        h -> h.createUpdate("UPDATE console.live_events SET created_at = now() - interval"
        + " '6 minutes' WHERE workspace_id = :ws").bind("ws", ws).execute());
    long kept = publish(tenants.api(), ws, "world.pruned", Map.of("n", 2));
    assertTrue(tenants.api().backend.liveEvents().prune(ws) >= 1);
    List<LiveEvent> left = tenants.api().backend.liveEvents().after(ws, 0, 100);
    assertEquals(1, left.size(), left.toString());
    assertEquals(kept, left.get(0).seq());
    assertEquals(0, tenants.api().backend.liveEvents().prune(ws), "nothing left to prune");
  }

  @Test
  void aStreamEndsAfterItsLifetimeAndTheClientResumesWithoutLoss() throws Exception {
    UUID ws = tenants.api().workspace("live-lifetime", Environment.STAGING, north.owner());
    String key = tenants.api().key(ws, north.owner(), Role.OWNER);
    tenants.api().backend.liveHub().limits(new StreamLimits(20, Duration.ofMillis(200), Duration.ofSeconds(1)));
    try {
      String last;
      try (EventStreamClient stream = EventStreamClient.open(tenants.api().baseUrl(), ws, key, null)) {
        publish(tenants.api(), ws, "world.before_end", Map.of("n", 1));
        last = stream.next(1, "world.before_end", WAIT).get(0).id();
        assertTrue(stream.ended.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS),
            "the server ends the stream after its lifetime");
      }
      publish(tenants.api(), ws, "world.while_away", Map.of("n", 2));
      try (EventStreamClient again = EventStreamClient.open(tenants.api().baseUrl(), ws, key, last)) {
        assertEquals(200, again.status, again.errorBody);
        assertEquals(2, json(again.next(1, "world.while_away", WAIT).get(0)).get("n").asInt());
      }
    } finally {
      tenants.api().backend.liveHub().limits(new StreamLimits(20, Duration.ofMillis(300)));
    }
  }
}
