package dev.wsconsole.testing;

import dev.wsconsole.server.db.Database;

/**
 * Benchmarks' switch for side-by-side runs of durable and non-durable commits: with
 * {@code -Dwsc.bench.synchronousCommit=off} (bench.sh: {@code BENCH_JAVA_OPTS}) the app role's sessions commit
 * with {@code synchronous_commit=off}, as every figure measured before issue 14 did, and the backend is opened
 * with the durability opt-out. Without it everything runs as the product does: durable.
 */
public final class CommitMode {
  private CommitMode() {}

  /** Whether this run measures the old, non-durable configuration. */
  public static boolean nonDurable() {
    return "off".equals(System.getProperty("wsc.bench.synchronousCommit", "on"));
  }

  /** The statement that makes the app role's sessions commit without waiting for the WAL flush. */
  public static String appRoleSetting() {
    return "ALTER ROLE console_app SET synchronous_commit = off";
  }

  /** What the app role's sessions run with, e.g. "synchronous_commit=on, fsync=on", for a benchmark's header. */
  public static String describe(Database db) {
    return db.jdbi().withHandle(h -> "synchronous_commit="
        + h.createQuery("SHOW synchronous_commit").mapTo(String.class).one()
        + ", fsync=" + h.createQuery("SHOW fsync").mapTo(String.class).one());
  }
}
