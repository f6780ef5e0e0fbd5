package dev.wsconsole.bench;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.auth.PasswordHasher;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.testing.CommitMode;
import dev.wsconsole.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 3's load benchmark: {@code GET /v1/workspaces/{id}} and {@code GET /v1/{ws}/api-keys} with
 * API-key auth at 1, 8 and 32 keep-alive loopback clients (Debian's wrk), beside a bare Javalin
 * handler running the same SQL without auth or RLS, alternated side by side in one run.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh ApiLoadBenchmark [roundSeconds] [warmSeconds] [poolSize]}
 */
public final class ApiLoadBenchmark {
  private static final int[] CLIENTS = {1, 8, 32};
  private static final int EXTRA_KEYS = 20;

  /** One endpoint: its label and its path for a workspace id. */
  record Endpoint(String label, String pathFormat) {
    String path(UUID ws) {
      return String.format(pathFormat, ws);
    }
  }

  private static final List<Endpoint> ENDPOINTS = List.of(
      new Endpoint("GET /v1/workspaces/{id}", "/v1/workspaces/%s"),
      new Endpoint("GET /v1/{ws}/api-keys", "/v1/%s/api-keys"));

  public static void main(String[] args) throws Exception {
    int round = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Wrk.requireInstalled();
    Path dir = Files.createTempDirectory("wsc-load");
    int pool = args.length > 2 ? Integer.parseInt(args[2]) : DatabaseOptions.DEFAULT_POOL_SIZE;
    System.out.printf("machine: %d cores, %s %s, Java %s; pool size %d (both sides)%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
        System.getProperty("java.version"), pool);
    if (CommitMode.nonDurable()) { // the old configuration, for a side-by-side run: set before the pools connect
      try (var embedded = dev.wsconsole.server.db.EmbeddedDatabase.start(dir)) {
        TestDatabases.adminExecute(embedded.target(), "ALTER DATABASE "
            + dev.wsconsole.server.db.EmbeddedDatabase.DATABASE + " SET synchronous_commit = off");
      }
    }
    try (Database db = Database.open(new DatabaseOptions(dir, null, null, pool, CommitMode.nonDurable()))) {
      System.out.printf("commits: %s%n", CommitMode.describe(db));
      Backend backend = new Backend(db, TestDatabases.backendSettings());
      Fixture f = Fixture.create(backend);
      try (ApiServer api = backend.serve("127.0.0.1", 0);
           BareServer bare = new BareServer(db.target(), pool)) {
        String apiBase = "http://127.0.0.1:" + api.port();
        String bareBase = "http://127.0.0.1:" + bare.port();
        String auth = "Bearer " + f.ownerKey();
        java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
        for (Endpoint e : ENDPOINTS) {
          sizes.put(e.label(), check(apiBase + e.path(f.workspace()), auth));
          System.out.printf("%s: API %d bytes, bare %d bytes%n", e.label(), sizes.get(e.label()),
              check(bareBase + e.path(f.workspace()), null));
        }
        transactionsPerRequest(db, apiBase, auth, f.workspace());
        for (Endpoint e : ENDPOINTS) { // JIT warm-up of both servers before anything is recorded
          Wrk.run(apiBase + e.path(f.workspace()), auth, 8, warm * 2);
          Wrk.run(bareBase + e.path(f.workspace()), null, 8, warm * 2);
        }
        System.out.printf("%nEach cell: %d s warm-up per side, then %d s rounds in the order API, bare, bare, API;"
            + " req/s over both rounds, p50 the mean of the rounds' p50s, p99 the higher round p99.%n", warm, round);
        for (Endpoint e : ENDPOINTS) {
          table(e, apiBase + e.path(f.workspace()), bareBase + e.path(f.workspace()), auth, round, warm);
        }
        // The answers must still be whole after the load (a scoped read that silently read nothing once
        // made the API look faster than it was): many times over, on every pooled connection.
        for (Endpoint e : ENDPOINTS) {
          for (int i = 0; i < 100; i++) {
            int size = check(apiBase + e.path(f.workspace()), auth);
            if (size != sizes.get(e.label())) {
              throw new IllegalStateException(e.label() + " answered " + size + " bytes after the load, "
                  + sizes.get(e.label()) + " before: the figures above are not valid");
            }
          }
        }
        System.out.printf("%nKey lookups answered from memory (decision 0019): %,d; listener up: %s%n",
            backend.credentials().hits(), backend.credentials().live());
      }
    }
  }

  /** The data, created through the product's own code path. */
  record Fixture(UUID workspace, String ownerKey) {
    static Fixture create(Backend b) {
      var user = b.users().create("bench@example.org", "Bench Owner", PasswordHasher.hash("bench-password-1".toCharArray()));
      Map<String, Object> actor = Map.of("kind", "session", "user_id", user.id().toString());
      UUID ws = UUID.randomUUID();
      b.directory().createWithOwner(ws, "bench-clinic", "Bench Clinic", Environment.PRODUCTION, "us-east-1", null,
          user.id(), AuditRecord.allowed(actor, "workspace.create", "workspace:" + ws, "bench"));
      List<String> all = RolePermissions.of(Role.OWNER).stream().map(Permission::wireName).sorted().toList();
      UUID credential = UUID.randomUUID();
      String secret = b.apiKeys().create(ws, "bench owner", Role.OWNER, all, user.id(), credential, 90,
          AuditRecord.allowed(actor, "api_key.create", "", "bench")).secret();
      for (int i = 0; i < EXTRA_KEYS; i++) {
        Role role = i % 2 == 0 ? Role.MEMBER : Role.ADMIN;
        List<String> perms = RolePermissions.of(role).stream().map(Permission::wireName).sorted().toList();
        b.apiKeys().create(ws, "key " + i, role, perms, user.id(), credential, 30,
            AuditRecord.allowed(actor, "api_key.create", "", "bench"));
      }
      return new Fixture(ws, secret);
    }
  }

  private static int check(String url, String auth) throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url));
    if (auth != null) {
      req.header("Authorization", auth);
    }
    HttpResponse<String> res = HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + res.statusCode() + ": " + res.body());
    }
    return res.body().length();
  }

  /** Database transactions per API request (pg_stat_database.xact_commit), from 500 sequential requests. */
  private static void transactionsPerRequest(Database db, String apiBase, String auth, UUID ws) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (Endpoint e : ENDPOINTS) {
      long before = commits(db);
      int n = 500;
      for (int i = 0; i < n; i++) {
        client.send(HttpRequest.newBuilder(URI.create(apiBase + e.path(ws))).header("Authorization", auth).build(),
            HttpResponse.BodyHandlers.discarding());
      }
      Thread.sleep(11_000); // idle backends flush their statistics within 10 s
      long after = commits(db) - 1; // minus this reading's own transaction
      System.out.printf("%s through the API: %.2f database transactions per request%n", e.label(),
          (after - before) / (double) n);
    }
  }

  private static long commits(Database db) throws Exception {
    var t = db.target();
    try (Connection c = DriverManager.getConnection(t.jdbcUrl(), t.adminUser(), t.adminPassword());
         ResultSet rs = c.createStatement().executeQuery(
             "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void table(Endpoint e, String apiUrl, String bareUrl, String auth, int round, int warm)
      throws Exception {
    System.out.printf("%n### %s%n%n", e.label());
    System.out.println("| clients | API req/s | API p50 | API p99 | API errors | bare req/s | bare p50 | bare p99"
        + " | bare errors | p50 API/bare |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (int c : CLIENTS) {
      Wrk.run(apiUrl, auth, c, warm);
      Wrk.run(bareUrl, null, c, warm);
      Wrk.Result a1 = Wrk.run(apiUrl, auth, c, round);
      Wrk.Result b1 = Wrk.run(bareUrl, null, c, round);
      Wrk.Result b2 = Wrk.run(bareUrl, null, c, round);
      Wrk.Result a2 = Wrk.run(apiUrl, auth, c, round);
      Side api = Side.of(a1, a2);
      Side base = Side.of(b1, b2);
      System.out.printf("| %d | %,.0f | %.3f ms | %.3f ms | %d | %,.0f | %.3f ms | %.3f ms | %d | **%.2f** |%n", c,
          api.perSecond(), api.p50(), api.p99(), api.errors(), base.perSecond(), base.p50(), base.p99(),
          base.errors(), api.p50() / base.p50());
    }
  }

  /** One side of a cell, folded from its two rounds. */
  record Side(double perSecond, double p50, double p99, long errors) {
    static Side of(Wrk.Result x, Wrk.Result y) {
      return new Side((x.requests() + y.requests()) / (x.seconds() + y.seconds()), (x.p50Ms() + y.p50Ms()) / 2,
          Math.max(x.p99Ms(), y.p99Ms()), x.errors() + y.errors());
    }
  }
}
