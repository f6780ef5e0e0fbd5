package dev.wsconsole.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.server.world.NewEvent;
import dev.wsconsole.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 14's PHI access audit overhead on an entity read, side by side in one run: the same server reads a
 * {@code person} (PHI: the read writes its audit entry before answering) and a {@code device} (not PHI: nothing is
 * written), entities of the same shape and size, in alternating blocks (ABBA); also a list of 20 of each.
 * Medians per side and their ratio, at 1 client and at 8.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh PhiAuditBenchmark [rounds] [requestsPerBlock] [durable]};
 * {@code durable} sets {@code synchronous_commit = on} for the app role first (already the embedded default since
 * decision 0030; kept so the command that made the recorded figures still runs).
 */
public final class PhiAuditBenchmark {
  private static final int LIST_SIZE = 20;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int block = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    boolean durable = args.length > 2 && args[2].equals("durable");
    System.out.printf("machine: %d cores, %s %s, Java %s; %d rounds of %d requests per side and block%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        System.getProperty("java.version"), rounds, block);
    try (Database db = Database.open(new DatabaseOptions(Files.createTempDirectory("wsc-phi"), null, null,
        DatabaseOptions.DEFAULT_POOL_SIZE))) {
      Backend backend = new Backend(db, TestDatabases.backendSettings());
      ApiLoadBenchmark.Fixture f = ApiLoadBenchmark.Fixture.create(backend);
      if (durable) {
        durable(db);
        for (int i = 0; i < 4 * DatabaseOptions.DEFAULT_POOL_SIZE; i++) { // meets and replaces every ended session
          setting(backend, f.workspace());
        }
      }
      List<UUID> people = new ArrayList<>();
      List<UUID> devices = new ArrayList<>();
      for (int i = 0; i < LIST_SIZE; i++) {
        people.add(entity(backend, f.workspace(), "person", i));
        devices.add(entity(backend, f.workspace(), "device", i));
      }
      try (ApiServer api = backend.serve("127.0.0.1", 0)) {
        String base = "http://127.0.0.1:" + api.port() + "/v1/" + f.workspace() + "/world/entities";
        String auth = "Bearer " + f.ownerKey();
        System.out.println("synchronous_commit of the app role: " + setting(backend, f.workspace()));
        compare("GET entity", base + "/" + people.get(0), base + "/" + devices.get(0), auth, rounds, block);
        compare("GET entities (20)", base + "?entity_type=person&limit=20", base + "?entity_type=device&limit=20",
            auth, rounds, block);
        long entries = backend.tx().call(f.workspace(), h -> h.createQuery(
            "SELECT count(*) FROM console.phi_access_events").mapTo(Long.class).one());
        System.out.printf("PHI access entries written: %d (one per request on the audited side)%n", entries);
      }
    }
  }

  private static UUID entity(Backend b, UUID ws, String type, int i) {
    UUID id = b.world().ensureEntity(ws, type, type + "/" + i, String.format("Bench %06d", i));
    b.world().append(ws, List.of(new NewEvent(id, "bench.registered", "clinical", "ehr", 1.0,
        JsonNodeFactory.instance.objectNode().put("name", String.format("Bench %06d", i)).put("phone", "+15550100"),
        null, type + "-reg-" + i, null)));
    return id;
  }

  /** {@code synchronous_commit = on} for the app role, and its pooled sessions ended so the pool reconnects with it. */
  private static void durable(Database db) throws Exception {
    try (Connection admin = TestDatabases.admin(db.target())) {
      admin.setAutoCommit(true);
      admin.createStatement().execute("ALTER ROLE console_app SET synchronous_commit = on");
      try (ResultSet rs = admin.createStatement().executeQuery("SELECT pg_terminate_backend(pid)"
          + " FROM pg_stat_activity WHERE usename = 'console_app'")) {
        while (rs.next()) {
          rs.getBoolean(1);
        }
      }
    }
  }

  private static String setting(Backend b, UUID ws) {
    for (int attempt = 0; ; attempt++) { // the first borrows may meet ended sessions
      try {
        return b.tx().call(ws, h -> h.createQuery("SHOW synchronous_commit").mapTo(String.class).one());
      } catch (RuntimeException e) {
        if (attempt > 20) {
          throw e;
        }
      }
    }
  }

  private static void compare(String label, String phiUrl, String plainUrl, String auth, int rounds, int block)
      throws Exception {
    for (int clients : new int[] {1, 8}) {
      Side phi = new Side();
      Side plain = new Side();
      run(phiUrl, auth, clients, block, new Side());  // warm-up of both paths
      run(plainUrl, auth, clients, block, new Side());
      for (int r = 0; r < rounds; r++) { // ABBA
        boolean phiFirst = r % 2 == 0;
        run(phiFirst ? phiUrl : plainUrl, auth, clients, block, phiFirst ? phi : plain);
        run(phiFirst ? plainUrl : phiUrl, auth, clients, block, phiFirst ? plain : phi);
      }
      Stats on = new Stats(phi.samples());
      Stats off = new Stats(plain.samples());
      System.out.printf("%s, %d client(s): audit on %s, %.0f req/s | audit off %s, %.0f req/s | median on/off %.2f,"
          + " req/s off/on %.2f%n", label, clients, on, phi.perSecond(), off, plain.perSecond(),
          on.medianMs() / off.medianMs(), plain.perSecond() / phi.perSecond());
    }
  }

  /** One side's latencies and the wall time its blocks took. */
  private static final class Side {
    private final List<Long> latencies = new ArrayList<>();
    private long nanos;

    synchronized void add(List<Long> more) {
      latencies.addAll(more);
    }

    long[] samples() {
      return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    double perSecond() {
      return latencies.size() / (nanos / 1e9);
    }
  }

  /** {@code clients} threads, each sending {@code block} requests one after another. */
  private static void run(String url, String auth, int clients, int block, Side side) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<List<Long>>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(pool.submit(() -> {
          HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
          HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build();
          List<Long> out = new ArrayList<>(block);
          for (int i = 0; i < block; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            out.add(System.nanoTime() - t);
            if (res.statusCode() != 200) {
              throw new IllegalStateException(url + " answered " + res.statusCode());
            }
          }
          return out;
        }));
      }
      for (Future<List<Long>> f : done) {
        side.add(f.get());
      }
      side.nanos += System.nanoTime() - start;
    } finally {
      pool.shutdown();
    }
  }
}
