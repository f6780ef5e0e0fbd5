package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TcpProxy;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 point 2: {@code /healthz} reflects the database, every call answers a clear 503 while the database is
 * down, and the backend recovers by itself: from an external server that goes away and comes back, and from
 * the embedded postmaster's death (the supervisor starts it again once its orphaned processes are gone).
 */
class DatabaseRecoveryTest {
  private static final String OUTAGE = "The database is unavailable; retry shortly";

  @TempDir
  Path dir;

  @Test
  @org.junit.jupiter.api.Tag("database")
  void anExternalDatabaseThatGoesAwayAnswers503ThenRecoversByItself() throws Exception {
    DatabaseTarget real = TestDatabases.fresh("recovery");
    try (TcpProxy proxy = TcpProxy.to(real.host(), real.port())) {
      DatabaseTarget viaProxy = new DatabaseTarget("127.0.0.1", proxy.port(), real.database(), real.adminUser(),
          real.adminPassword());
      Database db = Database.open(new DatabaseOptions(Path.of("unused"), TestDatabases.url(viaProxy),
          TestDatabases.APP_PASSWORD, 4));
      try (TestApi api = TestApi.serving(db)) {
        Fixture f = Fixture.of(api);
        assertEquals(200, api.get("/healthz", null).status());
        assertEquals("ok", api.get("/healthz", null).json().get("status").asText());
        assertEquals(201, f.append().status());

        proxy.cut();
        long cut = System.nanoTime();
        assertOutage(api.get("/healthz", null));
        long first = System.nanoTime();
        assertOutage(f.list());
        assertOutage(f.append());
        assertOutage(api.get("/healthz", null));
        // Reported, not asserted: the first caller waits out the pool's timeout, the next are answered at once.
        System.out.printf("outage answers: first after %d ms, the next three in %d ms%n", (first - cut) / 1_000_000,
            (System.nanoTime() - first) / 1_000_000);

        proxy.restore();
        waitFor("health back to ok", () -> api.get("/healthz", null).status() == 200);
        assertEquals(200, f.list().status());
        assertEquals(201, f.append().status());
      }
    }
  }

  @Test
  void aDeadEmbeddedPostmasterIsStartedAgainOnceItsOrphansAreGone() throws Exception {
    try (TestApi api = TestApi.serving(Database.open(new DatabaseOptions(dir, null, null, 4)))) {
      Fixture f = Fixture.of(api);
      assertEquals(201, f.append().status());
      ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
          Files.readAllLines(dir.resolve("pgdata").resolve("postmaster.pid")).get(0).strip())).orElseThrow();
      // A stopped child keeps the dead server's shared memory attached: PostgreSQL will not start again until
      // it is gone, which holds the outage open long enough to look at it.
      ProcessHandle orphan = postmaster.children().findFirst().orElseThrow();
      signal("STOP", orphan);
      postmaster.destroyForcibly(); // SIGKILL
      try {
        waitFor("health to report the outage", () -> api.get("/healthz", null).status() == 503);
        assertOutage(api.get("/healthz", null));
        assertOutage(f.list());
        assertOutage(f.append());
        assertEquals(0, api.database.embeddedRestarts());
      } finally {
        signal("CONT", orphan); // it notices its postmaster is gone and exits
      }
      waitFor("the server started again and health back to ok",
          () -> api.database.embeddedRestarts() == 1 && api.get("/healthz", null).status() == 200);
      assertEquals(200, f.list().status());
      assertEquals(201, f.append().status());
    }
  }

  /** A workspace with one entity and an owner key, and the two calls the tests make in it. */
  private record Fixture(TestApi api, UUID ws, UUID entity, String key) {
    static Fixture of(TestApi api) {
      UUID owner = api.user("recovery@example.org");
      UUID ws = api.workspace("recovery", Environment.PRODUCTION, owner);
      UUID entity = api.backend.world().ensureEntity(ws, "patient", "Patient/1", "Patient 1");
      return new Fixture(api, ws, entity, api.key(ws, owner, Role.OWNER));
    }

    TestApi.Answer list() {
      return api.get("/v1/" + ws + "/world/entities", key);
    }

    TestApi.Answer append() {
      return api.post("/v1/" + ws + "/world/events", key, Map.of("entity_id", entity.toString(),
          "event_type", "vital.recorded", "domain", "clinical", "source", "device", "confidence", 0.9,
          "data", Map.of("pulse", 70)));
    }
  }

  private static void assertOutage(TestApi.Answer answer) {
    assertEquals(503, answer.status(), answer.text());
    assertEquals(OUTAGE, answer.json().get("detail").asText());
    assertEquals("1", answer.header("retry-after"));
    for (String internal : List.of("SQL", "postgres", "Hikari", "Exception", "5432")) {
      assertFalse(answer.text().contains(internal), answer.text());
    }
  }

  private static void signal(String name, ProcessHandle process) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor());
  }

  private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
      Thread.sleep(100);
    }
  }
}
