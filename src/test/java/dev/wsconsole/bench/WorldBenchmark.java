package dev.wsconsole.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.world.NewEvent;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 5's world-model benchmark on a real server: batched appends through WorldStore, single-event API
 * writes, a projection rebuild of 1M events, and GET world/entities latency at 1M events in 100 workspaces.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh WorldBenchmark}
 */
public final class WorldBenchmark {
  private static final int WORKSPACES = 100;
  private static final int STORE_BATCHES = 200;
  private static final int BATCH = 1000;
  private static final int API_WRITES = 8000;
  private static final int API_THREADS = 4;
  private static final int TOTAL_EVENTS = 1_000_000;

  public static void main(String[] args) throws Exception {
    System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
    try (TestApi api = TestApi.start("world_bench")) {
      UUID owner = api.user("bench@example.org");
      List<UUID> ws = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < WORKSPACES; i++) {
        ws.add(api.workspace("bench-" + i, Environment.PRODUCTION, owner));
        keys.add(api.key(ws.get(i), owner, Role.OWNER));
      }
      List<UUID> entities = storeBatched(api, ws.get(0));
      apiSingle(api, ws.get(0), keys.get(0), entities);
      fill(api, ws);
      rebuild(api, ws);
      listLatency(api, ws, keys);
    }
    System.exit(0);
  }

  private static List<UUID> storeBatched(TestApi api, UUID ws) {
    List<UUID> entities = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      entities.add(api.backend.world.ensureEntity(ws, "patient", "Patient/" + i, "Patient " + i));
    }
    Random r = new Random(1);
    long t0 = System.nanoTime();
    for (int b = 0; b < STORE_BATCHES; b++) {
      List<NewEvent> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        batch.add(new NewEvent(entities.get(r.nextInt(entities.size())), "observation.recorded", "clinical", "ehr",
            r.nextInt(3) / 2.0, JsonNodeFactory.instance.objectNode().put("f" + (i % 8), i), null, null, null));
      }
      api.backend.world.append(ws, batch);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("store append, batches of %d: %,d events in %.1f s = %,.0f events/s%n", BATCH,
        STORE_BATCHES * BATCH, s, STORE_BATCHES * BATCH / s);
    return entities;
  }

  private static void apiSingle(TestApi api, UUID ws, String key, List<UUID> entities) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(API_THREADS);
    long t0 = System.nanoTime();
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < API_THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        int failed = 0;
        for (int i = 0; i < API_WRITES / API_THREADS; i++) {
          UUID e = entities.get((thread * 7919 + i) % entities.size());
          var a = api.post("/v1/" + ws + "/world/events", key, Map.of("entity_id", e.toString(),
              "event_type", "vital.recorded", "domain", "clinical", "source", "device", "confidence", 0.9,
              "data", Map.of("pulse", 60 + i % 40)));
          failed += a.status() == 201 ? 0 : 1;
        }
        return failed;
      }));
    }
    int failed = 0;
    for (Future<Integer> f : done) {
      failed += f.get();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    System.out.printf("API single-event writes, %d client threads: %,d in %.1f s = %,.0f writes/s (%d failed)%n",
        API_THREADS, API_WRITES, s, API_WRITES / s, failed);
  }

  /** Tops the log up to 1M events over all workspaces with plain SQL (100 entities per other workspace). */
  private static void fill(TestApi api, List<UUID> ws) throws Exception {
    long have = STORE_BATCHES * BATCH + API_WRITES;
    int perEntity = (int) ((TOTAL_EVENTS - have) / ((WORKSPACES - 1) * 100L));
    long t0 = System.nanoTime();
    try (Connection c = TestDatabases.admin(api.target); var st = c.createStatement()) {
      st.execute("INSERT INTO console.entities (workspace_id, id, entity_type, display_name)"
          + " SELECT w.id, gen_random_uuid(), CASE WHEN g % 5 = 0 THEN 'practitioner' ELSE 'patient' END,"
          + " 'Person ' || g FROM console.workspaces w, generate_series(1, 100) g WHERE w.slug <> 'bench-0'");
      st.execute("INSERT INTO console.events (workspace_id, id, entity_id, event_type, domain, source, confidence,"
          + " data, ingested_at) SELECT e.workspace_id, gen_random_uuid(), e.id, 'observation.recorded', 'clinical',"
          + " 'ehr', (g % 3) / 2.0, jsonb_build_object('f' || (g % 8), g), clock_timestamp()"
          + " FROM console.entities e JOIN console.workspaces w ON w.id = e.workspace_id AND w.slug <> 'bench-0',"
          + " generate_series(1, " + perEntity + ") g");
      st.execute("VACUUM ANALYZE console.events");
      st.execute("VACUUM ANALYZE console.entities");
      try (var rs = st.executeQuery("SELECT count(*) FROM console.events")) {
        rs.next();
        System.out.printf("log filled to %,d events in %d workspaces (%.1f s)%n", rs.getLong(1), WORKSPACES,
            (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  private static void rebuild(TestApi api, List<UUID> ws) {
    long t0 = System.nanoTime();
    long entities = 0;
    for (UUID w : ws) {
      entities += api.backend.world.recomputeWorkspace(w);
    }
    System.out.printf("projection rebuild (recompute of every workspace): %,d entities in %.1f s%n", entities,
        (System.nanoTime() - t0) / 1e9);
  }

  private static void listLatency(TestApi api, List<UUID> ws, List<String> keys) {
    Random r = new Random(7);
    int rounds = 3000;
    long[] ms = new long[rounds];
    for (int i = -300; i < rounds; i++) {
      int w = r.nextInt(ws.size());
      long t0 = System.nanoTime();
      var a = api.get("/v1/" + ws.get(w) + "/world/entities?limit=20&entity_type=patient", keys.get(w));
      long t = System.nanoTime() - t0;
      if (a.status() != 200) {
        throw new IllegalStateException("list failed: " + a.status());
      }
      if (i >= 0) {
        ms[i] = t;
      }
    }
    Arrays.sort(ms);
    System.out.printf("GET world/entities (limit 20, 100 workspaces, 1M events): p50 %.1f ms, p99 %.1f ms%n",
        ms[rounds / 2] / 1e6, ms[rounds * 99 / 100] / 1e6);
  }
}
