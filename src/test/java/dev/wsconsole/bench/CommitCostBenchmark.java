package dev.wsconsole.bench;

import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a durable commit costs on this machine (issue 14): small one-row transactions on the suite's embedded
 * PostgreSQL, in blocks that alternate {@code synchronous_commit} off and on (set per session) many times in one
 * run, so a noisy machine moves both sides alike. Reports each side's median commits/s over the blocks.
 *
 * <p>Run: {@code bash src/test/scripts/bench.sh CommitCostBenchmark [blocks=10] [blockMillis=2000]}
 */
public final class CommitCostBenchmark {
  private static final int[] CLIENTS = {1, 8};

  public static void main(String[] args) throws Exception {
    int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    long blockMillis = args.length > 1 ? Long.parseLong(args[1]) : 2000;
    DatabaseTarget target = TestDatabases.fresh("commit_cost");
    TestDatabases.adminExecute(target, "CREATE TABLE commit_cost (id bigserial PRIMARY KEY, payload text)");
    System.out.printf("machine: %d cores; load average %s%n", Runtime.getRuntime().availableProcessors(), load());
    for (int clients : CLIENTS) {
      List<Double> off = new ArrayList<>();
      List<Double> on = new ArrayList<>();
      for (int b = 0; b < blocks * 2; b++) {
        boolean durable = (b % 4 == 1 || b % 4 == 2); // off, on, on, off, ...
        double rate = block(target, clients, durable, blockMillis);
        (durable ? on : off).add(rate);
      }
      double medianOff = median(off);
      double medianOn = median(on);
      System.out.printf("%d client(s), %d blocks of %d ms per side: off %,.0f commits/s, on %,.0f commits/s"
          + " (on/off %.2f; per commit %.2f ms vs %.2f ms per client); blocks off %s, on %s; load average %s%n",
          clients, blocks, blockMillis, medianOff, medianOn, medianOn / medianOff, 1000.0 * clients / medianOff,
          1000.0 * clients / medianOn, rounded(off), rounded(on), load());
    }
  }

  private static double block(DatabaseTarget target, int clients, boolean durable, long millis) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Long>> done = new ArrayList<>();
      long end = System.nanoTime() + millis * 1_000_000L;
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        done.add(pool.submit(() -> {
          try (Connection conn = TestDatabases.admin(target); Statement st = conn.createStatement();
               PreparedStatement insert = conn.prepareStatement("INSERT INTO commit_cost (payload) VALUES (?)")) {
            st.execute("SET synchronous_commit = " + (durable ? "on" : "off"));
            conn.setAutoCommit(false);
            long n = 0;
            while (System.nanoTime() < end) {
              insert.setString(1, "event " + n);
              insert.executeUpdate();
              conn.commit();
              n++;
            }
            return n;
          }
        }));
      }
      long total = 0;
      for (Future<Long> f : done) {
        total += f.get();
      }
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String rounded(List<Double> xs) {
    return xs.stream().map(x -> String.format("%,.0f", x)).toList().toString();
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
