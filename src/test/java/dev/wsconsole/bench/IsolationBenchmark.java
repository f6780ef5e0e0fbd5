package dev.wsconsole.bench;

import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.server.db.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Issue 2's benchmark: 100 workspaces x 10,000 events; the same single-workspace queries through
 * row-level security as console_app and with an explicit WHERE as a role that bypasses RLS,
 * interleaved in one run; and the embedded server's start time on an existing data folder.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh IsolationBenchmark}
 */
public final class IsolationBenchmark {
  private static final int WORKSPACES = 100;
  private static final int ENTITIES_PER_WORKSPACE = 100;
  private static final int EVENTS_PER_ENTITY = 100;
  private static final int WARMUP = 300;
  private static final int ROUNDS = 3000;

  /** A query in its two forms: RLS alone (context set), and explicit WHERE (RLS bypassed). */
  record Query(String name, String viaRls, String explicit, boolean byEntity) {}

  private static final List<Query> QUERIES = List.of(
      new Query("latest 50 events of the workspace",
          "SELECT id, event_type, ingested_at FROM console.events ORDER BY ingested_at DESC LIMIT 50",
          "SELECT id, event_type, ingested_at FROM console.events WHERE workspace_id = ?"
              + " ORDER BY ingested_at DESC LIMIT 50", false),
      new Query("one entity's timeline (100 events)",
          "SELECT id, event_type, ingested_at FROM console.events WHERE entity_id = ? ORDER BY ingested_at",
          "SELECT id, event_type, ingested_at FROM console.events WHERE workspace_id = ? AND entity_id = ?"
              + " ORDER BY ingested_at", true),
      new Query("count the workspace's events (10,000)",
          "SELECT count(*) FROM console.events",
          "SELECT count(*) FROM console.events WHERE workspace_id = ?", false));

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("wsc-bench");
    String appPassword = "bench_" + UUID.randomUUID().toString().replace("-", "");
    System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
    try (Database db = Database.open(new DatabaseOptions(dir, null, appPassword, 2))) {
      DatabaseTarget target = db.target();
      List<UUID[]> entities = load(target);
      try (Connection app = DriverManager.getConnection(target.jdbcUrl(), "console_app", appPassword);
           Connection bypass = DriverManager.getConnection(target.jdbcUrl(), target.adminUser(), target.adminPassword())) {
        app.setAutoCommit(false);
        bypass.setAutoCommit(false);
        for (Query q : QUERIES) {
          compare(q, app, bypass, entities);
        }
      }
    }
    startTimes(dir);
  }

  private static List<UUID[]> load(DatabaseTarget target) throws SQLException {
    long t0 = System.nanoTime();
    try (Connection admin = DriverManager.getConnection(target.jdbcUrl(), target.adminUser(), target.adminPassword())) {
      var st = admin.createStatement();
      st.execute("INSERT INTO console.workspaces (id, slug, name, environment) SELECT gen_random_uuid(),"
          + " 'clinic-' || g, 'Clinic ' || g, 'production' FROM generate_series(1, " + WORKSPACES + ") g");
      st.execute("INSERT INTO console.entities (workspace_id, id, entity_type, display_name)"
          + " SELECT w.id, gen_random_uuid(), 'patient', 'Patient ' || g FROM console.workspaces w,"
          + " generate_series(1, " + ENTITIES_PER_WORKSPACE + ") g");
      st.execute("INSERT INTO console.events (workspace_id, id, entity_id, event_type, domain, source, confidence,"
          + " data, ingested_at) SELECT e.workspace_id, gen_random_uuid(), e.id, 'observation.recorded', 'clinical',"
          + " 'ehr', 1.0, jsonb_build_object('n', g), now() - make_interval(secs => g * 60 + random() * 60)"
          + " FROM console.entities e, generate_series(1, " + EVENTS_PER_ENTITY + ") g");
      st.execute("VACUUM ANALYZE console.events");
      st.execute("VACUUM ANALYZE console.entities");
      List<UUID[]> pairs = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT DISTINCT ON (workspace_id) workspace_id, id FROM console.entities")) {
        while (rs.next()) {
          pairs.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM console.events")) {
        rs.next();
        System.out.printf("loaded %,d events in %d workspaces in %.1f s%n", rs.getLong(1), pairs.size(),
            (System.nanoTime() - t0) / 1e9);
      }
      return pairs;
    }
  }

  private static void compare(Query q, Connection app, Connection bypass, List<UUID[]> entities) throws SQLException {
    Random random = new Random(42);
    long[] rls = new long[ROUNDS];
    long[] explicit = new long[ROUNDS];
    try (PreparedStatement scope = app.prepareStatement("SELECT set_config('app.workspace_id', ?, true)");
         PreparedStatement viaRls = app.prepareStatement(q.viaRls());
         PreparedStatement direct = bypass.prepareStatement(q.explicit())) {
      for (int i = -WARMUP; i < ROUNDS; i++) {
        UUID[] pick = entities.get(random.nextInt(entities.size()));
        scope.setString(1, pick[0].toString());
        scope.executeQuery().close();
        if (q.byEntity()) {
          viaRls.setObject(1, pick[1]);
          direct.setObject(2, pick[1]);
        }
        direct.setObject(1, pick[0]);
        // Alternate which side goes first so drift on this noisy machine hits both equally.
        long a;
        long b;
        if ((i & 1) == 0) {
          a = timed(viaRls);
          b = timed(direct);
        } else {
          b = timed(direct);
          a = timed(viaRls);
        }
        app.commit();
        bypass.commit();
        if (i >= 0) {
          rls[i] = a;
          explicit[i] = b;
        }
      }
    }
    Stats viaPolicy = new Stats(rls);
    Stats withWhere = new Stats(explicit);
    System.out.printf("%n### %s%n", q.name());
    System.out.printf("- RLS as console_app (no WHERE on workspace_id): %s%n", viaPolicy);
    System.out.printf("- explicit WHERE, RLS bypassed:                  %s%n", withWhere);
    System.out.printf("- ratio of medians RLS / explicit: %.3f%n", viaPolicy.medianMs() / withWhere.medianMs());
    UUID[] sample = entities.get(0);
    System.out.println("- plan through RLS:");
    explain(app, "SELECT set_config('app.workspace_id', '" + sample[0] + "', true)", q.viaRls(), q.byEntity() ? sample[1] : null);
    System.out.println("- plan with explicit WHERE:");
    explain(bypass, null, q.explicit(), q.byEntity() ? new Object[] {sample[0], sample[1]} : new Object[] {sample[0]});
  }

  private static long timed(PreparedStatement ps) throws SQLException {
    long t0 = System.nanoTime();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
    return System.nanoTime() - t0;
  }

  private static void explain(Connection c, String setup, String sql, Object... params) throws SQLException {
    if (setup != null) {
      c.createStatement().executeQuery(setup).close();
    }
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + sql)) {
      int i = 1;
      for (Object p : params) {
        if (p != null) {
          ps.setObject(i++, p);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          System.out.println("      " + rs.getString(1));
        }
      }
    }
    c.commit();
  }

  private static void startTimes(Path dir) throws Exception {
    long[] embedded = new long[7];
    long[] ready = new long[7];
    for (int i = 0; i < embedded.length; i++) {
      long t0 = System.nanoTime();
      try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
        embedded[i] = System.nanoTime() - t0;
      }
    }
    for (int i = 0; i < ready.length; i++) {
      long t0 = System.nanoTime();
      try (Database db = Database.open(new DatabaseOptions(dir, null, null, 2))) {
        ready[i] = System.nanoTime() - t0;
      }
    }
    System.out.printf("%n### embedded PostgreSQL start on an existing data folder (1M events)%n");
    System.out.printf("- server accepting connections: %s%n", new Stats(embedded));
    System.out.printf("- ready to serve (roles asserted, migrations checked, lint passed, pool open): %s%n",
        new Stats(ready));
  }
}
