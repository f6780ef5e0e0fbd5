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
import dev.wsconsole.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a revocation costs the request that makes it (decision 0032): {@code DELETE /v1/{ws}/api-keys/{id}}
 * on node A, timed, with one node and with a second node over the same database that has the key in memory.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh RevocationLatencyBenchmark [revocations]}
 */
public final class RevocationLatencyBenchmark {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    try (Database db = Database.open(new DatabaseOptions(Files.createTempDirectory("wsc-revoke"), null, null,
        DatabaseOptions.DEFAULT_POOL_SIZE))) {
      Backend a = new Backend(db, TestDatabases.backendSettings());
      var user = a.users().create("revoke@example.org", "Revoker", PasswordHasher.hash("bench-password-1".toCharArray()));
      Map<String, Object> actor = Map.of("kind", "session", "user_id", user.id().toString());
      UUID ws = UUID.randomUUID();
      a.directory().createWithOwner(ws, "revoke-clinic", "Revoke Clinic", Environment.PRODUCTION, "us-east-1", null,
          user.id(), AuditRecord.allowed(actor, "workspace.create", "workspace:" + ws, "bench"));
      List<String> all = RolePermissions.of(Role.OWNER).stream().map(Permission::wireName).sorted().toList();
      String owner = a.apiKeys().create(ws, "owner", Role.OWNER, all, user.id(), null, 90,
          AuditRecord.allowed(actor, "api_key.create", "", "bench")).secret();
      try (ApiServer apiA = a.serve("127.0.0.1", 0)) {
        Thread.sleep(3_000); // both sides listening for longer than any node's trust
        report("one node", measure(a, apiA, null, ws, user.id(), owner, actor, n));
        Backend b = new Backend(db, TestDatabases.backendSettings());
        try (ApiServer apiB = b.serve("127.0.0.1", 0)) {
          Thread.sleep(3_000);
          report("two nodes, key in B's memory", measure(a, apiA, apiB, ws, user.id(), owner, actor, n));
        }
      }
    }
  }

  private static List<Double> measure(Backend a, ApiServer apiA, ApiServer apiB, UUID ws, UUID user, String owner,
                                      Map<String, Object> actor, int n) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < n + 20; i++) {
      List<String> perms = RolePermissions.of(Role.ADMIN).stream().map(Permission::wireName).sorted().toList();
      var key = a.apiKeys().create(ws, "victim", Role.ADMIN, perms, user, null, 1,
          AuditRecord.allowed(actor, "api_key.create", "", "bench"));
      if (apiB != null) {
        for (int j = 0; j < 3; j++) {
          send(apiB, "GET", "/v1/workspaces/" + ws, key.secret());
        }
      }
      long start = System.nanoTime();
      int status = send(apiA, "DELETE", "/v1/" + ws + "/api-keys/" + key.key().id(), owner);
      double ms = (System.nanoTime() - start) / 1e6;
      if (status != 204) {
        throw new IllegalStateException("revocation answered " + status);
      }
      if (i >= 20) { // the first ones warm the JIT
        millis.add(ms);
      }
    }
    return millis;
  }

  private static void report(String label, List<Double> millis) {
    Collections.sort(millis);
    double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    System.out.printf("%s: %d revocations, mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", label, millis.size(),
        mean, millis.get(millis.size() / 2), millis.get(millis.size() * 9 / 10), millis.get(millis.size() * 99 / 100));
  }

  private static int send(ApiServer server, String method, String path, String key) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Authorization", "Bearer " + key).method(method, HttpRequest.BodyPublishers.noBody()).build();
    return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
