package dev.wsconsole.server.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a server that would acknowledge a commit before its WAL is on disk (decision 0030): with
 * {@code synchronous_commit = off} a crash of PostgreSQL loses the last acknowledged transactions, and with
 * {@code fsync = off} an operating-system crash may lose or corrupt anything. Read on an app-role connection
 * of the product's database, so per-role and per-database settings count.
 */
public final class DurabilityCheck {
  /** The command-line switch that opts out of this check. */
  public static final String OPT_OUT_FLAG = "--allow-non-durable-commits";

  private DurabilityCheck() {}

  /** What is wrong with the server's settings; empty when every acknowledged commit is flushed first. */
  public static List<String> problems(Connection c) throws SQLException {
    List<String> problems = new ArrayList<>();
    String synchronousCommit = show(c, "synchronous_commit");
    if (synchronousCommit.equals("off")) {
      problems.add("synchronous_commit is off: PostgreSQL acknowledges a commit before its WAL is flushed,"
          + " so a crash loses acknowledged writes");
    }
    if (show(c, "fsync").equals("off")) {
      problems.add("fsync is off: PostgreSQL never forces its WAL to disk, so a crash may lose or corrupt data");
    }
    return problems;
  }

  /** Throws when {@link #problems} finds any and the operator did not opt out. */
  public static void enforce(Connection c, boolean optedOut) throws SQLException {
    List<String> problems = problems(c);
    if (problems.isEmpty()) {
      return;
    }
    if (optedOut) {
      org.slf4j.LoggerFactory.getLogger(DurabilityCheck.class).warn("{} given: starting although {}", OPT_OUT_FLAG,
          String.join("; ", problems));
      return;
    }
    throw new IllegalStateException("refusing to start: " + String.join("; ", problems)
        + ". Set synchronous_commit = on (or local) and fsync = on for the server, or pass " + OPT_OUT_FLAG
        + " (or set WSC_ALLOW_NON_DURABLE_COMMITS=true) to accept losing acknowledged writes");
  }

  private static String show(Connection c, String setting) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1).strip().toLowerCase(Locale.ROOT);
    }
  }
}
