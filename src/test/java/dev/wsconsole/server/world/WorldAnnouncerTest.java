package dev.wsconsole.server.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.live.LiveEvent;
import dev.wsconsole.testing.TestApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * World appends are announced after commit (decision 0026): every committed event is counted by exactly one
 * announcement, announcements of a workspace are at least {@link WorldAnnouncer#SPACING} apart, a rolled-back
 * append announces nothing, and closing writes what is still waiting.
 */
@Tag("database")
class WorldAnnouncerTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static TestApi api;
  private static UUID owner;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("world_announcer");
    owner = api.user("world-announcer@example.org");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static NewEvent vital(UUID entity, int n) {
    return new NewEvent(entity, "vital.recorded", "clinical", "device", 0.9,
        JsonNodeFactory.instance.objectNode().put("pulse", 60 + n % 40), null, null, null);
  }

  private static List<LiveEvent> announcements(UUID ws) {
    return api.backend.liveEvents().after(ws, 0, 100_000).stream()
        .filter(e -> e.type().equals(WorldLiveStore.APPENDED)).toList();
  }

  private static JsonNode data(LiveEvent e) throws Exception {
    return Json.mapper().readTree(e.dataJson());
  }

  /** How many events {@code ws}'s world announcements name together. */
  private static int announcedEvents(UUID ws) throws Exception {
    int events = 0;
    for (LiveEvent e : announcements(ws)) {
      events += data(e).get("event_count").asInt();
    }
    return events;
  }

  @Test
  void concurrentAppendsAreEachCountedOnceInAnnouncementsSpacedApart() throws Exception {
    UUID ws = api.workspace("announcer-busy", Environment.STAGING, owner);
    List<UUID> entities = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      entities.add(api.backend.world().ensureEntity(ws, "patient", "Patient/" + i, "Patient " + i));
    }
    int writers = 8;
    int appendsEach = 40;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Set<String>>> written = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      written.add(pool.submit(() -> {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < appendsEach; i++) {
          api.backend.world().append(ws, List.of(vital(entities.get((writer + i) % entities.size()), i)))
              .forEach(e -> ids.add(e.id().toString()));
        }
        return ids;
      }));
    }
    Set<String> all = new HashSet<>();
    for (Future<Set<String>> f : written) {
      all.addAll(f.get());
    }
    pool.shutdown();
    assertTrue(api.backend.worldAnnouncer().awaitAnnounced(WAIT));

    List<LiveEvent> announced = announcements(ws);
    int events = 0;
    int appends = 0;
    Set<String> named = new HashSet<>();
    for (LiveEvent e : announced) {
      JsonNode d = data(e);
      events += d.get("event_count").asInt();
      appends += d.get("append_count").asInt();
      d.get("event_ids").forEach(id -> named.add(id.asText()));
    }
    assertEquals(writers * appendsEach, all.size());
    assertEquals(all.size(), events, "every committed event counted by exactly one announcement");
    assertEquals(writers * appendsEach, appends);
    assertTrue(all.containsAll(named), "announcements name only events that were written");
    for (int i = 1; i < announced.size(); i++) {
      long apart = Duration.between(announced.get(i - 1).createdAt(), announced.get(i).createdAt()).toMillis();
      assertTrue(apart >= WorldAnnouncer.SPACING.toMillis() - 5, "announcements " + apart + " ms apart");
    }
  }

  @Test
  void aRolledBackAppendAnnouncesNothing() throws Exception {
    UUID ws = api.workspace("announcer-rollback", Environment.STAGING, owner);
    UUID patient = api.backend.world().ensureEntity(ws, "patient", "Patient/r", "Patient R");
    assertThrows(IllegalStateException.class, () -> api.backend.tx().run(ws, h -> {
      api.backend.world().append(h, ws, List.of(vital(patient, 1)));
      throw new IllegalStateException("the caller gives up after appending");
    }));
    api.backend.world().append(ws, List.of(vital(patient, 2), vital(patient, 3)));
    assertTrue(api.backend.worldAnnouncer().awaitAnnounced(WAIT));
    List<LiveEvent> announced = announcements(ws);
    assertEquals(1, announced.size());
    assertEquals(2, data(announced.get(0)).get("event_count").asInt(), "only the committed append");
  }

  @Test
  void closingAnnouncesWhatIsStillWaiting() throws Exception {
    UUID ws = api.workspace("announcer-close", Environment.STAGING, owner);
    UUID patient = api.backend.world().ensureEntity(ws, "patient", "Patient/c", "Patient C");
    WorldAnnouncer closing = new WorldAnnouncer(api.backend.tx());
    WorldStore world = new WorldStore(api.backend.tx(), closing);
    for (int i = 0; i < 5; i++) { // the first is announced at once, the rest wait for the spacing
      world.append(ws, List.of(vital(patient, i)));
    }
    closing.close();
    assertEquals(5, announcedEvents(ws), "announced by close, without waiting");
    world.append(ws, List.of(vital(patient, 6))); // offered after close: announced on this thread
    assertEquals(6, announcedEvents(ws));
  }
}
