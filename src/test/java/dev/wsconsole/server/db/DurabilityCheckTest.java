package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.cli.CommandLine;
import dev.wsconsole.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 1: the backend refuses a server that acknowledges commits before their WAL is flushed unless the
 * operator opts out by name, and the test suite's own server (the embedded one, or CI's external one) is durable.
 */
@Tag("database")
class DurabilityCheckTest {

  @Test
  void theSuitesServerCommitsDurably() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("durable");
    try (Database db = open(target, false)) {
      assertEquals("on", db.jdbi().withHandle(h -> h.createQuery("SHOW synchronous_commit").mapTo(String.class).one()));
      assertEquals("on", db.jdbi().withHandle(h -> h.createQuery("SHOW fsync").mapTo(String.class).one()));
    }
  }

  @Test
  void aDatabaseThatAcknowledgesBeforeTheFlushIsRefusedUnlessTheOperatorOptsOut() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("nondurable");
    // Per database, as an operator might: the check reads what the app role's sessions really get.
    TestDatabases.adminExecute(target, "ALTER DATABASE " + target.database() + " SET synchronous_commit = off");
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> open(target, false).close());
    assertTrue(refused.getMessage().contains("synchronous_commit is off"), refused.getMessage());
    assertTrue(refused.getMessage().contains("--allow-non-durable-commits"), refused.getMessage());
    assertFalse(refused.getMessage().contains(target.adminPassword()), refused.getMessage());
    try (Database db = open(target, true)) {
      assertEquals("off", db.jdbi().withHandle(h -> h.createQuery("SHOW synchronous_commit").mapTo(String.class).one()));
    }
  }

  @Test
  void localCommitsPass() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("local_commit");
    TestDatabases.adminExecute(target, "ALTER DATABASE " + target.database() + " SET synchronous_commit = local");
    open(target, false).close();
  }

  @Test
  void theOptOutComesFromTheFlagOrTheEnvironmentOnly() {
    assertFalse(CommandLine.parse(new String[] {"serve"}).databaseOptions(Map.of()).allowNonDurableCommits());
    assertTrue(CommandLine.parse(new String[] {"serve", "--allow-non-durable-commits"}).databaseOptions(Map.of())
        .allowNonDurableCommits());
    assertTrue(CommandLine.parse(new String[] {"serve"})
        .databaseOptions(Map.of("WSC_ALLOW_NON_DURABLE_COMMITS", "true")).allowNonDurableCommits());
    assertFalse(CommandLine.parse(new String[] {"serve"})
        .databaseOptions(Map.of("WSC_ALLOW_NON_DURABLE_COMMITS", "no")).allowNonDurableCommits());
  }

  private static Database open(DatabaseTarget target, boolean allowNonDurable) throws Exception {
    return Database.open(new DatabaseOptions(Path.of("unused"), TestDatabases.url(target), TestDatabases.APP_PASSWORD,
        2, allowNonDurable));
  }
}
