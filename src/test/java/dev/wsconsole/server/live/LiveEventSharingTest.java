package dev.wsconsole.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Streams across workspaces and nodes: never another workspace's event, NOTIFY between nodes, the cap. */
@Tag("database")
class LiveEventSharingTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  private static TestApi api;
  private static UUID owner;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("live_sharing");
    api.backend.liveHub().limits(new StreamLimits(20, Duration.ofMillis(300)));
    owner = api.user("sharing-owner@example.org");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @Test
  void aStreamNeverCarriesAnotherWorkspacesEventWhileBothWriteAtOnce() throws Exception {
    UUID east = api.workspace("live-east", Environment.STAGING, owner);
    UUID west = api.workspace("live-west", Environment.STAGING, owner);
    int each = 150;
    try (EventStreamClient eastStream = EventStreamClient.open(api.baseUrl(), east, api.key(east, owner, Role.OWNER), null);
         EventStreamClient westStream = EventStreamClient.open(api.baseUrl(), west, api.key(west, owner, Role.OWNER), null)) {
      ExecutorService writers = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (UUID ws : List.of(east, west, east, west)) {
        done.add(writers.submit(() -> {
          for (int i = 0; i < each / 2; i++) {
            LiveEventsTest.publish(api, ws, "world.concurrent", Map.of("workspace", ws.toString(), "n", i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      writers.shutdown();
      assertOnlyOwn(eastStream, east, each);
      assertOnlyOwn(westStream, west, each);
    }
  }

  private static void assertOnlyOwn(EventStreamClient stream, UUID ws, int count) throws Exception {
    long previous = 0;
    for (EventStreamClient.Event e : stream.next(count, "world.concurrent", WAIT)) {
      JsonNode data = LiveEventsTest.json(e);
      assertEquals(ws.toString(), data.get("workspace").asText(), "an event of another workspace: " + e);
      long id = Long.parseLong(e.id());
      assertTrue(id > previous, "ids rise: " + previous + " then " + id);
      previous = id;
    }
    Thread.sleep(500); // anything more that arrives must still be this workspace's
    for (EventStreamClient.Event e : stream.events) {
      if (e.type().equals("world.concurrent")) {
        assertEquals(ws.toString(), LiveEventsTest.json(e).get("workspace").asText(), e.toString());
      }
    }
  }

  @Test
  void twoNodesOnOneDatabaseShareEventsThroughNotify() throws Exception {
    UUID ws = api.workspace("live-nodes", Environment.STAGING, owner);
    String key = api.key(ws, owner, Role.OWNER);
    try (Database second = Database.open(new DatabaseOptions(Path.of("unused"), TestDatabases.url(api.target),
        TestDatabases.APP_PASSWORD, 4))) {
      Backend nodeB = new Backend(second, TestDatabases.backendSettings());
      // A heartbeat far beyond the wait below: only a NOTIFY can wake node B's stream in time.
      nodeB.liveHub().limits(new StreamLimits(5, Duration.ofMinutes(5)));
      try (ApiServer serverB = nodeB.serve("127.0.0.1", 0);
           EventStreamClient stream = EventStreamClient.open("http://127.0.0.1:" + serverB.port(), ws, key, null)) {
        assertEquals(200, stream.status, stream.errorBody);
        Thread.sleep(300); // let node B's stream take its starting position
        long id = LiveEventsTest.publish(api, ws, "world.shared", Map.of("from", "node A"));
        EventStreamClient.Event e = stream.next(1, "world.shared", Duration.ofSeconds(10)).get(0);
        assertEquals(Long.toString(id), e.id());
        assertEquals("node A", LiveEventsTest.json(e).get("from").asText());
      }
    }
  }

  @Test
  void theCapRefusesOneStreamTooManyAndADisconnectFreesItsSlot() throws Exception {
    UUID ws = api.workspace("live-cap", Environment.STAGING, owner);
    String key = api.key(ws, owner, Role.OWNER);
    api.backend.liveHub().limits(new StreamLimits(2, Duration.ofMillis(200)));
    try (EventStreamClient one = EventStreamClient.open(api.baseUrl(), ws, key, null);
         EventStreamClient two = EventStreamClient.open(api.baseUrl(), ws, key, null)) {
      assertEquals(200, one.status);
      assertEquals(200, two.status);
      try (EventStreamClient three = EventStreamClient.open(api.baseUrl(), ws, key, null)) {
        assertEquals(429, three.status);
        assertTrue(three.errorBody.contains("at most 2"), three.errorBody);
      }
      UUID other = api.workspace("live-cap-other", Environment.STAGING, owner);
      try (EventStreamClient elsewhere = EventStreamClient.open(api.baseUrl(), other, api.key(other, owner, Role.OWNER), null)) {
        assertEquals(200, elsewhere.status, "the cap is per workspace");
      }
      one.close();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (api.backend.liveHub().openStreams(ws) > 1 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(1, api.backend.liveHub().openStreams(ws), "the closed stream's slot is freed");
      try (EventStreamClient again = EventStreamClient.open(api.baseUrl(), ws, key, null)) {
        assertEquals(200, again.status, again.errorBody);
      }
    } finally {
      api.backend.liveHub().limits(new StreamLimits(20, Duration.ofMillis(300)));
    }
  }

  @Test
  void publishingAndAuditingInEitherOrderDoNotDeadlock() throws Exception {
    UUID ws = api.workspace("live-order", Environment.STAGING, owner);
    ExecutorService both = Executors.newFixedThreadPool(2);
    var audit = dev.wsconsole.server.audit.AuditRecord.allowed(Map.of("kind", "test"), "test.order", "", "test");
    Future<?> publishFirst = both.submit(() -> {
      for (int i = 0; i < 40; i++) {
        api.backend.tx().run(ws, h -> {
          LiveEventStore.publish(h, ws, "world.ordered", Map.of("n", 1));
          dev.wsconsole.server.audit.AuditStore.append(h, ws, audit);
        });
      }
    });
    Future<?> auditFirst = both.submit(() -> {
      for (int i = 0; i < 40; i++) {
        api.backend.tx().run(ws, h -> {
          dev.wsconsole.server.audit.AuditStore.append(h, ws, audit);
          LiveEventStore.publish(h, ws, "world.ordered", Map.of("n", 2));
        });
      }
    });
    publishFirst.get();
    auditFirst.get();
    both.shutdown();
    assertEquals(80, api.backend.liveEvents().after(ws, 0, 1000).stream()
        .filter(e -> e.type().equals("world.ordered")).count());
  }

  @Test
  void theNodeCapRefusesAStreamWhateverItsWorkspace() throws Exception {
    UUID first = api.workspace("live-node-1", Environment.STAGING, owner);
    UUID second = api.workspace("live-node-2", Environment.STAGING, owner);
    api.backend.liveHub().limits(new StreamLimits(5, 1, Duration.ofMillis(200), Duration.ofMinutes(1)));
    try (EventStreamClient one = EventStreamClient.open(api.baseUrl(), first, api.key(first, owner, Role.OWNER), null);
         EventStreamClient two = EventStreamClient.open(api.baseUrl(), second, api.key(second, owner, Role.OWNER), null)) {
      assertEquals(200, one.status, one.errorBody);
      assertEquals(429, two.status);
      assertTrue(two.errorBody.contains("This server holds its maximum of 1"), two.errorBody);
    } finally {
      api.backend.liveHub().limits(new StreamLimits(20, Duration.ofMillis(300)));
    }
  }
}
