package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps its data across restarts, survives kill -9, and trusts no one. */
class EmbeddedDatabaseTest {
  @TempDir
  Path dataDir;

  private static DatabaseOptions embeddedAt(Path dir) {
    return new DatabaseOptions(dir, null, null, 2);
  }

  @Test
  void dataSurvivesARestartAndAKill9() throws Exception {
    UUID workspace = UUID.randomUUID();
    try (Database db = Database.open(embeddedAt(dataDir))) {
      try (Connection admin = adminOf(db.target())) {
        admin.createStatement().execute("INSERT INTO console.workspaces (id, slug, name, environment)"
            + " VALUES ('" + workspace + "', 'survivor', 'Survivor', 'staging')");
      }
    }
    killServeNineTimesOver(dataDir);
    try (Database db = Database.open(embeddedAt(dataDir));
         Connection admin = adminOf(db.target());
         ResultSet rs = admin.createStatement().executeQuery("SELECT slug FROM console.workspaces WHERE id = '"
             + workspace + "'")) {
      assertTrue(rs.next(), "the workspace written before the restarts is gone");
      assertEquals("survivor", rs.getString(1));
      assertTrue(db.startupReport().passed());
    }
  }

  @Test
  void theSuperuserNeedsItsPasswordAndTheAppRoleItsOwn() throws Exception {
    try (Database db = Database.open(embeddedAt(dataDir))) {
      DatabaseTarget t = db.target();
      SQLException wrong = assertThrows(SQLException.class,
          () -> DriverManager.getConnection(t.jdbcUrl(), "postgres", "postgres").close());
      assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
      assertThrows(SQLException.class, () -> DriverManager.getConnection(t.jdbcUrl(), "console_app", "guess").close());
      assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
          Files.getPosixFilePermissions(dataDir.resolve("secrets.properties")));
    }
  }

  private static Connection adminOf(DatabaseTarget target) throws SQLException {
    return DriverManager.getConnection(target.jdbcUrl(), target.adminUser(), target.adminPassword());
  }

  /** Starts `serve` in a child JVM, waits until it listens, then SIGKILLs it; PostgreSQL is orphaned. */
  private static void killServeNineTimesOver(Path dir) throws Exception {
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.wsconsole.Launcher", "serve", "--data-dir", dir.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean listening = false;
      while (!listening && (line = out.readLine()) != null) {
        listening = line.startsWith("Listening on http://127.0.0.1:");
      }
      assertTrue(listening, "serve never said it was listening");
      serve.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
    List<String> pid = Files.readAllLines(dir.resolve("pgdata").resolve("postmaster.pid"));
    Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(pid.get(0).strip()));
    assertTrue(orphan.isPresent() && orphan.get().isAlive(), "expected PostgreSQL to outlive the killed console");
  }
}
