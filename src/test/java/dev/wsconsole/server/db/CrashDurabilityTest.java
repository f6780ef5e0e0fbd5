package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 point 1: concurrent idempotent world-event appends through real HTTP against a backend on its own
 * embedded PostgreSQL, which is killed with SIGKILL again and again (the postmaster alone in five rounds, every
 * PostgreSQL process of the data folder in two); the supervisor starts it again each time, and afterwards every
 * write that was answered 2xx must be in the log. With {@code synchronous_commit=off} this loses writes.
 */
class CrashDurabilityTest {
  private static final int WRITERS = 6;
  private static final int POSTMASTER_ROUNDS = 5;
  private static final int ALL_PROCESS_ROUNDS = 2;
  private static final int ACKS_PER_ROUND = 25;

  @TempDir
  Path dir;

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger outageAnswers = new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean stop;

  @Test
  void noAcknowledgedWriteIsLostWhenPostgresIsKilled() throws Exception {
    try (TestApi api = TestApi.serving(Database.open(new DatabaseOptions(dir, null, null, 8)))) {
      UUID owner = api.user("crash@example.org");
      UUID ws = api.workspace("crash", Environment.PRODUCTION, owner);
      String key = api.key(ws, owner, Role.OWNER);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        UUID entity = api.backend.world().ensureEntity(ws, "patient", "Patient/" + w, "Patient " + w);
        String prefix = "w" + w + "-";
        Thread t = new Thread(() -> write(api.baseUrl() + "/v1/" + ws + "/world/events", key, entity, prefix));
        t.start();
        writers.add(t);
      }
      Path pidFile = dir.resolve("pgdata").resolve("postmaster.pid");
      int rounds = POSTMASTER_ROUNDS + ALL_PROCESS_ROUNDS;
      for (int round = 0; round < rounds; round++) {
        int target = acknowledged.size() + ACKS_PER_ROUND;
        waitFor("writes acknowledged before round " + round, () -> acknowledged.size() >= target);
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid(pidFile)).orElseThrow();
        List<ProcessHandle> victims = new ArrayList<>(List.of(postmaster));
        if (round >= POSTMASTER_ROUNDS) {
          postmaster.descendants().forEach(victims::add);
        }
        victims.forEach(ProcessHandle::destroyForcibly); // SIGKILL
        int restartsWanted = round + 1;
        waitFor("the embedded server restarted after round " + round,
            () -> api.database.embeddedRestarts() >= restartsWanted && api.get("/healthz", null).status() == 200);
      }
      int target = acknowledged.size() + ACKS_PER_ROUND;
      waitFor("writes acknowledged after the last round", () -> acknowledged.size() >= target);
      stop = true;
      for (Thread t : writers) {
        t.join(10_000);
      }
      Set<String> stored = new HashSet<>(api.backend.tx().call(ws, h -> h.createQuery(
              "SELECT idempotency_key FROM console.events WHERE workspace_id = :ws AND idempotency_key IS NOT NULL")
          .bind("ws", ws).mapTo(String.class).list()));
      Set<String> lost = new HashSet<>(acknowledged);
      lost.removeAll(stored);
      System.out.printf("crash test: %d rounds (%d postmaster only, %d all processes), %d acknowledged writes,"
          + " %d answered 503 meanwhile, acknowledged-but-lost = %d%n", rounds, POSTMASTER_ROUNDS, ALL_PROCESS_ROUNDS,
          acknowledged.size(), outageAnswers.get(), lost.size());
      assertEquals(Set.of(), lost, "acknowledged writes missing after the crashes");
      assertEquals(List.of(), unexpected, "answers other than 2xx or the outage's 503");
      assertTrue(outageAnswers.get() > 0, "no write ever met the outage: the kills changed nothing");
      assertEquals(rounds, api.database.embeddedRestarts());
    }
  }

  /** Appends one keyed event after another until stopped; a 2xx answer counts the key as acknowledged. */
  private void write(String url, String key, UUID entity, String prefix) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (int n = 0; !stop; n++) {
      String idempotencyKey = prefix + n;
      String body = "{\"entity_id\":\"" + entity + "\",\"event_type\":\"vital.recorded\",\"domain\":\"clinical\","
          + "\"source\":\"device\",\"confidence\":0.9,\"data\":{\"pulse\":" + (60 + n % 40) + "},"
          + "\"idempotency_key\":\"" + idempotencyKey + "\"}";
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
          .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 == 2) {
          acknowledged.add(idempotencyKey);
        } else if (r.statusCode() != 503) { // while the database is down: a clear 503, nothing else
          unexpected.add(r.statusCode() + " " + r.body());
        } else if (!r.body().contains("The database is unavailable; retry shortly")) {
          unexpected.add("503 without the outage detail: " + r.body());
        } else {
          outageAnswers.incrementAndGet();
        }
      } catch (java.io.IOException e) {
        // not acknowledged: the write may or may not be there, and either is fine
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static long postmasterPid(Path pidFile) throws java.io.IOException {
    return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
  }

  private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
      Thread.sleep(50);
    }
  }
}
