package dev.wsconsole.server.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.testing.TestDatabases;
import dev.wsconsole.testing.TestWorkspaces;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The world write path on a real database: projection rules, supersede, idempotency, as-of, recompute, refusals. */
@Tag("database")
class WorldStoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static DatabaseTarget target;
  private static HikariDataSource pool;
  private static WorldStore world;
  private static TenantTx tx;
  private static UUID ws;
  private static UUID other;

  @BeforeAll
  static void setUp() throws Exception {
    target = TestDatabases.fresh("world_store");
    pool = Database.appPool(target, TestDatabases.APP_PASSWORD, 2);
    tx = new TenantTx(Jdbi.create(pool));
    world = new WorldStore(tx, null); // announced inside each transaction
    ws = TestWorkspaces.create(target, "world-a", "staging");
    other = TestWorkspaces.create(target, "world-b", "staging");
  }

  @AfterAll
  static void tearDown() {
    pool.close();
  }

  static ObjectNode data(String json) throws Exception {
    return (ObjectNode) JSON.readTree(json);
  }

  static NewEvent event(UUID entity, double confidence, String json, UUID supersedes, String key) throws Exception {
    return new NewEvent(entity, "patient.updated", "clinical", "test", confidence, data(json), supersedes, key, null);
  }

  static ObjectNode state(UUID entity) {
    return (ObjectNode) tx.call(ws, h -> ProjectionCodec.parse(h.createQuery("SELECT state FROM console.entities"
        + " WHERE workspace_id = :ws AND id = :id").bind("ws", ws).bind("id", entity).mapTo(String.class).one()));
  }

  @Test
  void ensureEntityIsIdempotentPerTypeAndKey() {
    UUID a = world.ensureEntity(ws, "patient", "Patient/1", "Ada");
    assertEquals(a, world.ensureEntity(ws, "patient", "Patient/1", "other name"));
    assertNotEquals(a, world.ensureEntity(ws, "practitioner", "Patient/1", "Ada"));
    assertNotEquals(a, world.ensureEntity(other, "patient", "Patient/1", "Ada"));
  }

  @Test
  void highestConfidenceWinsAndTiesGoToTheLaterIngestion() throws Exception {
    UUID p = world.ensureEntity(ws, "patient", "Patient/2", "Bo");
    world.append(ws, List.of(event(p, 1.0, "{\"phone\":\"111\",\"name\":\"Bo\"}", null, null)));
    world.append(ws, List.of(event(p, 0.5, "{\"phone\":\"222\",\"email\":\"bo@x\"}", null, null)));
    assertEquals("111", state(p).path("phone").asText());
    assertEquals("bo@x", state(p).path("email").asText());
    world.append(ws, List.of(event(p, 0.5, "{\"email\":\"bo@y\"}", null, null)));
    assertEquals("bo@y", state(p).path("email").asText());
  }

  @Test
  void aSupersededEventStaysInTheLogButNoLongerCounts() throws Exception {
    UUID p = world.ensureEntity(ws, "patient", "Patient/3", "Cy");
    StoredEvent wrong = world.append(ws, List.of(event(p, 1.0, "{\"birth_date\":\"1990-01-01\"}", null, null))).get(0);
    world.append(ws, List.of(event(p, 0.5, "{\"birth_date\":\"1991-02-02\"}", wrong.id(), null)));
    assertEquals("1991-02-02", state(p).path("birth_date").asText());
    assertEquals(2, tx.call(ws, h -> EventLogStore.ofEntity(h, ws, p, null)).size());
  }

  @Test
  void theSameIdempotencyKeyGivesTheSameAnswerAndWritesOnce() throws Exception {
    UUID p = world.ensureEntity(ws, "patient", "Patient/4", "Di");
    StoredEvent first = world.append(ws, List.of(event(p, 1.0, "{\"x\":1}", null, "k-4"))).get(0);
    List<StoredEvent> again = world.append(ws, List.of(event(p, 1.0, "{\"x\":1}", null, "k-4"),
        event(p, 1.0, "{\"x\":1}", null, "k-4")));
    assertEquals(first, again.get(0));
    assertEquals(first, again.get(1));
    assertEquals(1, tx.call(ws, h -> EventLogStore.ofEntity(h, ws, p, null)).size());
  }

  @Test
  void stateAsOfAPastTimeIgnoresLaterEvents() throws Exception {
    UUID p = world.ensureEntity(ws, "patient", "Patient/5", "Ed");
    StoredEvent early = world.append(ws, List.of(event(p, 0.5, "{\"status\":\"new\"}", null, null))).get(0);
    world.append(ws, List.of(event(p, 0.9, "{\"status\":\"active\"}", null, null)));
    Projection then = world.asOf(ws, p, early.ingestedAt()).orElseThrow();
    assertEquals("new", then.fields().get("status").value().asText());
    assertEquals(1, then.eventCount());
    assertEquals("active", world.asOf(ws, p, Instant.now()).orElseThrow().fields().get("status").value().asText());
  }

  @Test
  void recomputeGivesWhatIncrementalUpdatesGave() throws Exception {
    UUID p = world.ensureEntity(ws, "patient", "Patient/6", "Flo");
    for (int i = 0; i < 20; i++) {
      world.append(ws, List.of(event(p, (i % 3) / 2.0, "{\"f" + (i % 4) + "\":" + i + "}", null, null),
          event(p, 0.5, "{\"f" + (i % 5) + "\":" + (100 + i) + "}", null, null)));
    }
    ObjectNode incremental = state(p);
    world.recomputeWorkspace(ws);
    assertEquals(incremental, state(p));
    assertEquals(incremental, ProjectionCodec.state(world.recompute(ws, p).orElseThrow()));
  }

  @Test
  void batchesOverManyEntitiesFoldToWhatARebuildGives() throws Exception {
    List<UUID> entities = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      entities.add(world.ensureEntity(ws, "patient", "Patient/batch-" + i, "Batch " + i));
    }
    java.util.Random r = new java.util.Random(11);
    String[] sources = {"ehr", "voice", "api"};
    for (int b = 0; b < 6; b++) {
      List<NewEvent> batch = new java.util.ArrayList<>();
      for (int i = 0; i < 300; i++) { // several events per entity and field in one batch: ties of confidence
        ObjectNode d = JSON.createObjectNode().put("f" + r.nextInt(6), b * 1000 + i);
        if (r.nextInt(10) == 0) {
          d.put("name", "Name " + b + "-" + i);
        }
        batch.add(new NewEvent(entities.get(r.nextInt(entities.size())), "observation.recorded", "clinical",
            sources[r.nextInt(3)], r.nextInt(3) / 2.0, d, null, null, null));
      }
      world.append(ws, batch);
    }
    List<String> incremental = rows(entities);
    world.recomputeWorkspace(ws);
    assertEquals(incremental, rows(entities));
  }

  /** Everything the projection writes on the entity rows (provenance decoded, so its time format does not matter). */
  private static List<String> rows(List<UUID> ids) {
    return tx.call(ws, h -> {
      var projections = EntityRowStore.readAll(h, ws, ids);
      List<String> out = new java.util.ArrayList<>();
      for (UUID id : ids) {
        String row = h.createQuery("SELECT display_name || '|' || confidence || '|' || source FROM console.entities"
            + " WHERE workspace_id = :ws AND id = :id").bind("ws", ws).bind("id", id).mapTo(String.class).one();
        out.add(row + "|" + projections.get(id));
      }
      return out;
    });
  }

  @Test
  void badInputWritesNothing() throws Exception {
    UUID p = world.ensureEntity(ws, "patient", "Patient/7", "Gus");
    UUID q = world.ensureEntity(ws, "patient", "Patient/8", "Hal");
    StoredEvent ofQ = world.append(ws, List.of(event(q, 1.0, "{}", null, null))).get(0);
    assertEquals(422, assertThrows(WorldInputException.class, () -> world.append(ws,
        List.of(event(p, 1.0, "{}", null, null), event(p, 1.5, "{}", null, null)))).status());
    assertEquals(422, assertThrows(WorldInputException.class, () -> world.append(ws, List.of(event(p, 1.0, "{}",
        ofQ.id(), null)))).status());
    assertEquals(404, assertThrows(WorldInputException.class, () -> world.append(other, List.of(event(p, 1.0, "{}",
        null, null)))).status());
    assertEquals(404, assertThrows(WorldInputException.class, () -> world.append(ws, List.of(event(p, 1.0, "{}",
        UUID.randomUUID(), null)))).status());
    assertEquals(0, tx.call(ws, h -> EventLogStore.ofEntity(h, ws, p, null)).size());
  }

  @Test
  void theAppRoleCannotUpdateOrDeleteEvents() throws Exception {
    UUID p = world.ensureEntity(ws, "patient", "Patient/9", "Ian");
    world.append(ws, List.of(event(p, 1.0, "{\"a\":1}", null, null)));
    assertThrows(UnableToExecuteStatementException.class, () -> tx.run(ws, h -> h.createUpdate(
        "UPDATE console.events SET confidence = 0 WHERE workspace_id = :ws").bind("ws", ws).execute()));
    assertThrows(UnableToExecuteStatementException.class, () -> tx.run(ws, h -> h.createUpdate(
        "DELETE FROM console.events WHERE workspace_id = :ws").bind("ws", ws).execute()));
    assertTrue(tx.call(ws, h -> EventLogStore.ofEntity(h, ws, p, null)).size() == 1);
  }

  @Test
  void concurrentWritersOfTheSameEntitiesLoseNoEventAndDoNotDeadlock() throws Exception {
    UUID a = world.ensureEntity(ws, "patient", "Patient/c1", "Jo");
    UUID b = world.ensureEntity(ws, "patient", "Patient/c2", "Kim");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
    for (int t = 0; t < 2; t++) {
      boolean reversed = t == 1;
      runs.add(pool.submit(() -> {
        for (int i = 0; i < 20; i++) {
          world.append(ws, List.of(event(reversed ? b : a, 0.5, "{\"n\":" + i + "}", null, null),
              event(reversed ? a : b, 0.5, "{\"m\":" + i + "}", null, null)));
        }
        return null;
      }));
    }
    for (var r : runs) {
      r.get();
    }
    pool.shutdown();
    long counted = tx.call(ws, h -> h.createQuery("SELECT sum(event_count) FROM console.entities WHERE workspace_id = :ws"
        + " AND id IN (:a, :b)").bind("ws", ws).bind("a", a).bind("b", b).mapTo(Long.class).one());
    assertEquals(80, counted);
  }
}
