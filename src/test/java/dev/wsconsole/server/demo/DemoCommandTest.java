package dev.wsconsole.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Workspace;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.cli.CheckIsolationCommand;
import dev.wsconsole.server.cli.CommandLine;
import dev.wsconsole.server.cli.CreateOwnerCommand;
import dev.wsconsole.server.cli.DemoCommand;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.server.db.DatabaseTarget;
import dev.wsconsole.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code demo} on a fresh database: five clinics with everything the plan builds, isolation intact, no second run. */
@Tag("database")
class DemoCommandTest {
  private static final Map<String, String> ENV = Map.of("WSC_APP_PASSWORD", TestDatabases.APP_PASSWORD,
      "WSC_IMPORTS_ROOT", imports());

  private static String imports() {
    try {
      return java.nio.file.Files.createTempDirectory("wsc-demo-imports").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String run(DatabaseTarget target, String... args) throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--database-url";
    all[args.length + 1] = TestDatabases.url(target);
    CommandLine line = CommandLine.parse(all);
    PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
    int code = switch (line.command()) {
      case "demo" -> DemoCommand.run(line, ENV, out);
      case "check-isolation" -> CheckIsolationCommand.run(line, ENV, out);
      default -> CreateOwnerCommand.run(line, ENV, new ByteArrayInputStream(
          "a long enough passphrase\n".getBytes(StandardCharsets.UTF_8)), out);
    };
    assertEquals(0, code, text.toString(StandardCharsets.UTF_8));
    return text.toString(StandardCharsets.UTF_8);
  }

  private static Database open(DatabaseTarget target) throws Exception {
    return Database.open(new DatabaseOptions(Path.of("unused"), TestDatabases.url(target), TestDatabases.APP_PASSWORD, 2));
  }

  @Test
  void theFirstOwnerGetsFiveClinicsWithStaffServicesNumbersSourcesSettingsAndSafety() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("demo");
    run(target, "create-owner", "--email", "chief@hospital.example");
    String said = run(target, "demo");
    assertTrue(said.contains("riverside-cardiology"), said);
    try (Database db = open(target)) {
      Backend b = new Backend(db, TestDatabases.backendSettings());
      UUID chief = b.users().byEmail("chief@hospital.example").orElseThrow().id();
      List<Workspace> clinics = b.directory().workspacesOf(chief);
      assertEquals(5, clinics.size());
      assertEquals(3, clinics.stream().filter(w -> w.environment() == Environment.PRODUCTION).count());
      assertEquals(2, clinics.stream().filter(w -> w.environment() == Environment.STAGING).count());
      for (Workspace w : clinics) {
        assertEquals(List.of("admin", "member", "operator", "owner", "viewer"), strings(b, w.id(),
            "SELECT role::text FROM console.memberships WHERE workspace_id = :ws ORDER BY 1"));
        assertEquals(2, count(b, w.id(), "services"), w.slug());
        assertEquals(2, count(b, w.id(), "phone_numbers"), w.slug());
        assertEquals(2, count(b, w.id(), "data_sources"), w.slug());
        assertTrue(count(b, w.id(), "monitor_concepts") >= 2, w.slug());
        assertTrue(b.safetyConfig().get(w.id()).appliedTemplateIds().containsAll(DemoSteps.TEMPLATES), w.slug());
        assertEquals(w.environment() == Environment.PRODUCTION ? 2555 : 400,
            b.settings().read(w.id(), "retention").get("call_recordings_days").asInt(), w.slug());
        assertEquals(List.of(), strings(b, w.id(), "SELECT name FROM console.api_keys WHERE workspace_id = :ws"
            + " AND revoked_at IS NULL"), "the builder's key is revoked");
        assertTrue(count(b, w.id(), "live_events") > 0, "the stream saw the demo being built");
      }
      DemoWorldAsserts.livingConsole(b, chief, clinics);
    }
    run(target, "check-isolation"); // exit code 0: every table's isolation holds with the demo in place
  }

  @Test
  void aSecondRunRefusesAndWritesNothing() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("demo_twice");
    String said = run(target, "demo");
    assertTrue(said.contains("owner@riverside-health.example"), "no account existed: the demo made its owner\n" + said);
    long users;
    try (Database db = open(target)) {
      users = new Backend(db, TestDatabases.backendSettings()).users().count();
    }
    IllegalStateException again = assertThrows(IllegalStateException.class, () -> run(target, "demo"));
    assertTrue(again.getMessage().contains("exists already"), again.getMessage());
    assertTrue(again.getMessage().contains("nothing was written"), again.getMessage());
    try (Database db = open(target)) {
      Backend b = new Backend(db, TestDatabases.backendSettings());
      assertEquals(users, b.users().count());
      UUID owner = b.users().byEmail("owner@riverside-health.example").orElseThrow().id();
      assertEquals(5, b.directory().workspaceIdsOf(owner).size());
    }
  }

  @Test
  void anImportsRootThatCannotBeMadeStopsTheDemoBeforeItWritesAnything() throws Exception {
    DatabaseTarget target = TestDatabases.fresh("demo_no_imports");
    Path file = java.nio.file.Files.createTempFile("wsc-not-a-folder", ".txt");
    Map<String, String> env = Map.of("WSC_APP_PASSWORD", TestDatabases.APP_PASSWORD,
        "WSC_IMPORTS_ROOT", file.resolve("imports").toString());
    CommandLine line = CommandLine.parse(new String[] {"demo", "--database-url", TestDatabases.url(target)});
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DemoCommand.run(line, env,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    try (Database db = open(target)) {
      assertEquals(0, new Backend(db, TestDatabases.backendSettings()).users().count());
    }
  }

  private static long count(Backend b, UUID ws, String table) {
    String sql = "SELECT count(*) FROM console." + table + " WHERE workspace_id = :ws";
    return b.tx().call(ws, h -> h.createQuery(sql).bind("ws", ws).mapTo(Long.class).one());
  }

  private static List<String> strings(Backend b, UUID ws, String sql) {
    return b.tx().call(ws, h -> h.createQuery(sql).bind("ws", ws).mapTo(String.class).list());
  }
}
