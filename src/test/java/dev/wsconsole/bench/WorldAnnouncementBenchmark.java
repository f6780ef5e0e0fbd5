package dev.wsconsole.bench;

import dev.wsconsole.server.auth.Authenticator;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.Principal;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.server.http.Gatekeeper;
import dev.wsconsole.server.http.Route;
import dev.wsconsole.server.world.WorldAnnouncer;
import dev.wsconsole.server.world.WorldLiveStore;
import dev.wsconsole.server.world.WorldReadStore;
import dev.wsconsole.server.world.WorldStore;
import dev.wsconsole.server.world.WorldWriteHandlers;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Single-event API writes with their live announcement made the two ways side by side in one run (decision
 * 0026): after commit merged per workspace (the backend's own server), and inside the writing transaction (a
 * second server in the same JVM over the same database, serving the same route with a world store built
 * without an announcer). Rounds alternate the two ways, and after each round the announced event counts must
 * add up to exactly what the log grew by.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh WorldBenchmark announce}
 */
final class WorldAnnouncementBenchmark {
  private static final int ROUNDS = 3;
  private static final int CONNECTIONS = 16;
  private static final int SECONDS = 10;

  private WorldAnnouncementBenchmark() {}

  private enum Way { IN_TRANSACTION, AFTER_COMMIT }

  private record Round(Way way, double perSecond, double p50Ms, double p99Ms, long announcements) {}

  static void sideBySide(TestApi api, UUID ws, String key, List<UUID> entities) throws Exception {
    Wrk.requireInstalled();
    Path script = WorldBenchmark.postScript(entities);
    String path = "/v1/" + ws + "/world/events";
    String auth = "Bearer " + key;
    WorldAnnouncer announcer = api.backend.worldAnnouncer();
    try (ApiServer inTransaction = inTransactionServer(api)) {
      String afterCommitUrl = api.baseUrl() + path;
      String inTransactionUrl = "http://127.0.0.1:" + inTransaction.port() + path;
      Wrk.run(afterCommitUrl, auth, 8, 3, script); // JIT warm-up of the shared code
      Wrk.run(inTransactionUrl, auth, 8, 3, script);
      settle(announcer);
      rounds(api, ws, auth, script, afterCommitUrl, inTransactionUrl, announcer);
    }
    Files.delete(script);
  }

  private static void rounds(TestApi api, UUID ws, String auth, Path script, String afterCommitUrl,
                             String inTransactionUrl, WorldAnnouncer announcer) throws Exception {
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < 2 * ROUNDS; i++) {
      Way way = (i % 2 == 0) == (i / 2 % 2 == 0) ? Way.IN_TRANSACTION : Way.AFTER_COMMIT; // ABBA order
      String url = way == Way.AFTER_COMMIT ? afterCommitUrl : inTransactionUrl;
      long events0 = WorldBenchmark.eventCount(api);
      long[] announced0 = announced(api, ws);
      Wrk.Result r = Wrk.run(url, auth, CONNECTIONS, SECONDS, script);
      settle(announcer);
      long written = WorldBenchmark.eventCount(api) - events0;
      long[] announced1 = announced(api, ws);
      long announcedEvents = announced1[1] - announced0[1];
      if (r.errors() > 0 || written < r.requests() || announcedEvents != written) {
        throw new IllegalStateException(way + ": wrk counted " + r.requests() + " answers (" + r.errors()
            + " errors), the log grew by " + written + ", the announcements name " + announcedEvents + " events");
      }
      Round round = new Round(way, r.perSecond(), r.p50Ms(), r.p99Ms(), announced1[0] - announced0[0]);
      rounds.add(round);
      System.out.printf("%-14s %,6.0f writes/s (p50 %5.2f ms, p99 %6.2f ms), %,6d announcements for %,d events;"
          + " load average %s%n", way, round.perSecond(), round.p50Ms(), round.p99Ms(), round.announcements(),
          written, WorldBenchmark.loadAverage());
    }
    double inTx = median(rounds, Way.IN_TRANSACTION);
    double after = median(rounds, Way.AFTER_COMMIT);
    System.out.printf("median writes/s at %d connections: in the transaction %,.0f, after commit %,.0f (%.2fx)%n",
        CONNECTIONS, inTx, after, after / inTx);
  }

  /** The append route as the backend declares it, over a world store that announces inside each transaction. */
  private static ApiServer inTransactionServer(TestApi api) {
    Route declared = api.backend.routes().stream().filter(r -> r.operationId().equals("append-world-events"))
        .findFirst().orElseThrow();
    WorldWriteHandlers handlers = new WorldWriteHandlers(new WorldStore(api.backend.tx(), null),
        new WorldReadStore(api.backend.tx()));
    Route route = new Route(declared.method(), declared.path(), declared.scope(), declared.permission(),
        declared.operationId(), declared.extension(), declared.successStatus(), declared.responseType(),
        declared.requestBody(), declared.query(), handlers::appendEvents);
    Authenticator auth = api.backend.authenticator();
    Gatekeeper gate = new Gatekeeper() {
      @Override
      public Principal authenticate(String authorization) {
        return auth.authenticate(authorization);
      }

      @Override
      public Access access(Principal principal, UUID workspaceId) {
        return auth.access(principal, workspaceId);
      }

      @Override
      public void admit(ApiCall call, Route admitted) {
        // a key: no voice step
      }

      @Override
      public void denied(ApiCall call, Route refused, String why) {
        throw new IllegalStateException("the benchmark's key was refused: " + why);
      }
    };
    return ApiServer.start(List.of(route), gate, "127.0.0.1", 0);
  }

  /** Lets the requests wrk left in flight finish, then waits for their announcements. */
  private static void settle(WorldAnnouncer announcer) throws InterruptedException {
    Thread.sleep(1000);
    if (!announcer.awaitAnnounced(Duration.ofSeconds(10))) {
      throw new IllegalStateException("announcements still waiting 10 s after the round");
    }
  }

  private static double median(List<Round> rounds, Way way) {
    double[] v = rounds.stream().filter(r -> r.way() == way).mapToDouble(Round::perSecond).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** How many world-append announcements {@code ws} has, and how many events they name together. */
  private static long[] announced(TestApi api, UUID ws) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); PreparedStatement ps = c.prepareStatement(
        "SELECT count(*), coalesce(sum((data->>'event_count')::bigint), 0) FROM console.live_events"
            + " WHERE workspace_id = ? AND event_type = ?")) {
      ps.setObject(1, ws);
      ps.setString(2, WorldLiveStore.APPENDED);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }
}
