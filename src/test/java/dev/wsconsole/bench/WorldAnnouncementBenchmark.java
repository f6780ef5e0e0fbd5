package dev.wsconsole.bench;

import dev.wsconsole.server.world.WorldAnnouncer;
import dev.wsconsole.server.world.WorldLiveStore;
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
 * 0026): inside the writing transaction, and after commit merged per workspace. Rounds alternate the two
 * ways, and after each round the announced event counts must add up to exactly what the log grew by.
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
    String url = api.baseUrl() + "/v1/" + ws + "/world/events";
    String auth = "Bearer " + key;
    WorldAnnouncer announcer = api.backend.worldAnnouncer();
    Wrk.run(url, auth, 8, 3, script); // JIT warm-up
    settle(announcer);
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < 2 * ROUNDS; i++) {
      Way way = (i % 2 == 0) == (i / 2 % 2 == 0) ? Way.IN_TRANSACTION : Way.AFTER_COMMIT; // ABBA order
      api.database.provide(WorldAnnouncer.class, way == Way.AFTER_COMMIT ? announcer : null);
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
    api.database.provide(WorldAnnouncer.class, announcer);
    double inTx = median(rounds, Way.IN_TRANSACTION);
    double after = median(rounds, Way.AFTER_COMMIT);
    System.out.printf("median writes/s at %d connections: in the transaction %,.0f, after commit %,.0f (%.2fx)%n",
        CONNECTIONS, inTx, after, after / inTx);
    Files.delete(script);
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
