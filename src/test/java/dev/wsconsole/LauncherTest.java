package dev.wsconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The jar's commands: check-isolation prints a verdict per table and exits 1 when any fails. */
@Tag("database")
class LauncherTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Launcher.run(args, Map.of("WSC_APP_PASSWORD", TestDatabases.APP_PASSWORD),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void checkIsolationPrintsEveryTenantTableForcedAndExitsZero() {
    DatabaseTarget target = TestDatabases.fresh("launcher_ok");
    assertEquals(0, run("check-isolation", "--database-url", TestDatabases.url(target)), err.toString());
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.matches("(?s).*console\\.events\\s+yes\\s+yes\\s+workspace_isolation\\s+ISOLATED.*"), report);
    assertTrue(report.contains("0 failing: ISOLATION HOLDS"), report);
  }

  @Test
  void checkIsolationExitsOneWhenATableFails() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("launcher_fail");
    TestDatabases.adminExecute(target, "SET ROLE console_owner; ALTER TABLE console.calls NO FORCE ROW LEVEL SECURITY");
    assertEquals(1, run("check-isolation", "--database-url", TestDatabases.url(target)));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("FAIL: row-level security is not forced"));
  }

  @Test
  void noCommandOpensTheConsoleWithTheGivenOptions() {
    java.util.List<String[]> opened = new java.util.ArrayList<>();
    int code = Launcher.run(new String[] {"--server", "http://127.0.0.1:9"}, Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        opened::add);
    assertEquals(0, code);
    assertEquals(1, opened.size());
    assertEquals(java.util.List.of("--server", "http://127.0.0.1:9"), java.util.List.of(opened.get(0)));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpStillPrintsTheUsageWithoutOpeningTheConsole() {
    int code = Launcher.run(new String[] {"--help"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args -> { throw new AssertionError("opened"); });
    assertEquals(0, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("with no command: open the desktop console"));
  }

  @Test
  void anUnknownCommandSaysSoAndShowsUsage() {
    assertEquals(2, run("frobnicate"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("unknown command: frobnicate"));
  }
}
