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
import java.util.Random;
import java.util.UUID;

/**
 * Issue 5's world-model benchmark on a real server: batched appends through WorldStore, single-event API
 * writes, a projection rebuild of 1M events, and GET world/entities latency at 1M events in 100 workspaces.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh WorldBenchmark [store|api|announce]} (an argument stops after that
 * part; {@code announce} runs the store part, then {@link WorldAnnouncementBenchmark} instead of the api part)
 */
public final class WorldBenchmark {
  private static final int WORKSPACES = 100;
  private static final int STORE_BATCHES = 200;
  private static final int BATCH = 1000;
  private static final int[] API_CLIENTS = {4, 8, 16};
  private static final int API_SECONDS = 10;
  private static final int TOTAL_EVENTS = 1_000_000;

  public static void main(String[] args) throws Exception {
    run(args.length > 0 ? args[0] : "all");
    System.exit(0); // after the backend has closed: its last world announcements are written by then
  }

  /** {@code part}: "all", or "store", "api" or "announce" (see the class comment). */
  private static void run(String part) throws Exception {
    System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
    try (TestApi api = TestApi.start("world_bench")) {
      System.out.printf("commits: %s%n", dev.wsconsole.testing.CommitMode.describe(api.database));
      UUID owner = api.user("bench@example.org");
      List<UUID> ws = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < WORKSPACES; i++) {
        ws.add(api.workspace("bench-" + i, Environment.PRODUCTION, owner));
        keys.add(api.key(ws.get(i), owner, Role.OWNER));
      }
      System.out.printf("load average at start: %s%n", loadAverage());
      List<UUID> entities = storeBatched(api, ws.get(0)); // also gives the planner a log of realistic size
      if (part.equals("announce")) {
        WorldAnnouncementBenchmark.sideBySide(api, ws.get(0), keys.get(0), entities);
        return;
      }
      if (!part.equals("store")) {
        apiSingle(api, ws.get(0), keys.get(0), entities);
      }
      if (!part.equals("all")) {
        return;
      }
      fill(api, ws);
      rebuild(api, ws);
      listLatency(api, ws, keys);
    }
  }

  private static List<UUID> entities(TestApi api, UUID ws) {
    List<UUID> entities = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      entities.add(api.backend.world().ensureEntity(ws, "patient", "Patient/" + i, "Patient " + i));
    }
    return entities;
  }

  private static List<UUID> storeBatched(TestApi api, UUID ws) {
    List<UUID> entities = entities(api, ws);
    Random r = new Random(1);
    long t0 = System.nanoTime();
    for (int b = 0; b < STORE_BATCHES; b++) {
      List<NewEvent> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < BATCH; i++) {
        batch.add(new NewEvent(entities.get(r.nextInt(entities.size())), "observation.recorded", "clinical", "ehr",
            r.nextInt(3) / 2.0, JsonNodeFactory.instance.objectNode().put("f" + (i % 8), i), null, null, null));
      }
      api.backend.world().append(ws, batch);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("store append, batches of %d: %,d events in %.1f s = %,.0f events/s (load average %s)%n", BATCH,
        STORE_BATCHES * BATCH, s, STORE_BATCHES * BATCH / s, loadAverage());
    return entities;
  }

  /**
   * Single-event POSTs from wrk (Debian's, one thread, keep-alive connections, closed loop: each connection
   * sends its next request when the answer to its last arrived), body from a Lua script cycling over the
   * 1,000 entities. The log must have grown by at least the requests wrk counted (a write that silently
   * did nothing would otherwise look fast).
   */
  private static void apiSingle(TestApi api, UUID ws, String key, List<UUID> entities) throws Exception {
    Wrk.requireInstalled();
    java.nio.file.Path script = postScript(entities);
    String url = api.baseUrl() + "/v1/" + ws + "/world/events";
    String auth = "Bearer " + key;
    Wrk.run(url, auth, 8, 3, script); // JIT warm-up
    for (int c : API_CLIENTS) {
      long before = eventCount(api);
      long[] cpu0 = cpuNanos(api);
      Wrk.Result r = Wrk.run(url, auth, c, API_SECONDS, script);
      long[] cpu1 = cpuNanos(api);
      long written = eventCount(api) - before;
      if (written < r.requests() - r.errors()) {
        throw new IllegalStateException("wrk counted " + r.requests() + " answers but the log grew by " + written);
      }
      System.out.printf("API single-event writes, wrk %d connections, %d s: %,.0f writes/s (p50 %.2f ms, p99 %.2f ms,"
          + " %d errors, log grew by %,d; CPU per write: server JVM %.2f ms, PostgreSQL %.2f ms; load average %s)%n",
          c, API_SECONDS, r.perSecond(), r.p50Ms(), r.p99Ms(), r.errors(), written,
          (cpu1[0] - cpu0[0]) / 1e6 / r.requests(), (cpu1[1] - cpu0[1]) / 1e6 / r.requests(), loadAverage());
    }
    System.out.printf("key lookups answered from memory: %,d%n", api.backend.credentials().hits());
    java.nio.file.Files.delete(script);
  }

  /** A wrk Lua script that POSTs one event per request, cycling over {@code entities}. */
  static java.nio.file.Path postScript(List<UUID> entities) throws java.io.IOException {
    java.nio.file.Path script = java.nio.file.Files.createTempFile("world-post", ".lua");
    StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
        + "local ids = {");
    entities.forEach(e -> lua.append('"').append(e).append("\","));
    lua.append("}\nlocal n = 0\nrequest = function()\n  n = n + 1\n"
        + "  return wrk.format(nil, nil, nil, '{\"entity_id\":\"' .. ids[(n * 7919) % #ids + 1] .. '\",\"event_type\":"
        + "\"vital.recorded\",\"domain\":\"clinical\",\"source\":\"device\",\"confidence\":0.9,"
        + "\"data\":{\"pulse\":' .. (60 + n % 40) .. '}}')\nend\n");
    java.nio.file.Files.writeString(script, lua);
    return script;
  }

  /** CPU time used so far by this JVM (server and benchmark) and by the PostgreSQL server's processes (not wrk's). */
  static long[] cpuNanos(TestApi api) {
    long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
    long pg = 0;
    try (Connection c = TestDatabases.admin(api.target); var st = c.createStatement();
         var rs = st.executeQuery("SELECT pg_read_file('postmaster.pid')")) {
      rs.next();
      long postmaster = Long.parseLong(rs.getString(1).lines().findFirst().orElseThrow().strip());
      pg = ProcessHandle.of(postmaster).map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p),
              p.children()).mapToLong(x -> x.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum())
          .orElse(0L);
    } catch (Exception e) {
      pg = -1;
    }
    return new long[] {jvm, pg};
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  static long eventCount(TestApi api) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); var st = c.createStatement();
         var rs = st.executeQuery("SELECT count(*) FROM console.events")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Tops the log up to 1M events over all workspaces with plain SQL (100 entities per other workspace). */
  private static void fill(TestApi api, List<UUID> ws) throws Exception {
    long have = eventCount(api);
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
    }
    System.out.printf("log filled to %,d events in %d workspaces (%.1f s)%n", eventCount(api), WORKSPACES,
        (System.nanoTime() - t0) / 1e9);
  }

  private static void rebuild(TestApi api, List<UUID> ws) {
    long t0 = System.nanoTime();
    long entities = 0;
    for (UUID w : ws) {
      entities += api.backend.world().recomputeWorkspace(w);
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
