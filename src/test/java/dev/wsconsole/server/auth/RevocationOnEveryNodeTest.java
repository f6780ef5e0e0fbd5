package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes over one database: once node A has answered a revocation or a demotion, node B, which served
 * the key from memory a moment before, refuses it on the very next request, with no wait, round after
 * round and under a concurrent hammer (decision 0032).
 */
@Tag("database")
class RevocationOnEveryNodeTest {
  private static final int ROUNDS = 200;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestApi api;
  private static Backend nodeB;
  private static ApiServer serverB;
  private static UUID workspace;
  private static UUID owner;
  private static String ownerKey;

  @BeforeAll
  static void setUp() throws Exception {
    api = TestApi.start("revocation_nodes");
    owner = api.user("rev-owner@example.org");
    workspace = api.workspace("rev-clinic", Environment.STAGING, owner);
    ownerKey = api.key(workspace, owner, Role.OWNER);
    nodeB = new Backend(api.database, TestDatabases.backendSettings());
    serverB = nodeB.serve("127.0.0.1", 0);
    long deadline = System.currentTimeMillis() + 10_000;
    while (!(api.backend.credentials().live() && nodeB.credentials().live())) {
      assertTrue(System.currentTimeMillis() < deadline, "both nodes trust their memory");
      Thread.sleep(20);
    }
  }

  @AfterAll
  static void tearDown() throws Exception {
    serverB.close();
    api.close();
  }

  @Test
  void aRevokedKeyIsRefusedOnTheOtherNodeTheMomentTheRevocationAnswers() {
    for (int round = 0; round < ROUNDS; round++) {
      var issued = api.issueKey(workspace, owner, Role.ADMIN);
      warmOnB(() -> onB("GET", workspacePath(), issued.secret()));
      assertEquals(204, api.call("DELETE", "/v1/" + workspace + "/api-keys/" + issued.key().id(), ownerKey, null)
          .status());
      assertEquals(401, onB("GET", workspacePath(), issued.secret()), "round " + round);
    }
  }

  @Test
  void aDemotedAdminsKeyStopsWritingOnTheOtherNodeTheMomentTheDemotionAnswers() {
    UUID admin = api.user("rev-admin@example.org");
    api.member(workspace, admin, Role.ADMIN);
    String key = api.key(workspace, admin, Role.ADMIN);
    for (int round = 0; round < ROUNDS / 2; round++) {
      assertEquals(200, setRoleOnA(admin, "admin"));
      warmOnB(() -> write(key));
      assertEquals(200, setRoleOnA(admin, "viewer"));
      assertEquals(403, write(key), "round " + round);
    }
  }

  @Test
  void underAHammerNoRequestSentAfterTheRevocationAnsweredSucceeds() throws Exception {
    for (int round = 0; round < 5; round++) {
      var issued = api.issueKey(workspace, owner, Role.ADMIN);
      warmOnB(() -> onB("GET", workspacePath(), issued.secret()));
      AtomicLong answeredAt = new AtomicLong(Long.MAX_VALUE);
      AtomicLong lateSuccesses = new AtomicLong();
      AtomicLong lateRequests = new AtomicLong();
      AtomicLong requests = new AtomicLong();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> hammers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        hammers.add(pool.submit(() -> {
          while (!stop.get()) {
            long sent = System.nanoTime();
            int status = onB("GET", workspacePath(), issued.secret());
            requests.incrementAndGet();
            if (sent > answeredAt.get()) {
              lateRequests.incrementAndGet();
              if (status == 200) {
                lateSuccesses.incrementAndGet();
              }
            }
          }
        }));
      }
      spinUntil(() -> requests.get() >= 8); // the hammer is swinging before the revocation starts
      assertEquals(204, api.call("DELETE", "/v1/" + workspace + "/api-keys/" + issued.key().id(), ownerKey, null)
          .status());
      answeredAt.set(System.nanoTime());
      spinUntil(() -> lateRequests.get() >= 40 || hammers.stream().anyMatch(Future::isDone));
      stop.set(true);
      for (Future<?> f : hammers) {
        f.get();
      }
      pool.shutdown();
      assertTrue(lateRequests.get() >= 40, "the hammer kept swinging after the revocation answered");
      assertEquals(0, lateSuccesses.get(), "round " + round + ": successes on B after the revocation answered");
    }
  }

  private static void spinUntil(java.util.function.BooleanSupplier done) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  /** Calls {@code use} on node B until B answers it from memory (so the round tests the cache, not the database). */
  private static void warmOnB(java.util.function.IntSupplier use) {
    long before = nodeB.credentials().hits();
    for (int i = 0; i < 20 && nodeB.credentials().hits() == before; i++) {
      assertEquals(200, use.getAsInt());
    }
    assertTrue(nodeB.credentials().hits() > before, "node B served the key from memory");
  }

  private static int setRoleOnA(UUID user, String role) {
    return api.call("PATCH", "/v1/" + workspace + "/members/" + user, ownerKey, Map.of("role", role)).status();
  }

  private static int write(String key) {
    return onB("POST", "/v1/" + workspace + "/world/entities", key,
        "{\"entity_type\":\"patient\",\"display_name\":\"Node B Nell\"}");
  }

  private static int onB(String method, String path, String key) {
    return onB(method, path, key, null);
  }

  private static int onB(String method, String path, String key, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverB.port() + path))
        .header("Authorization", "Bearer " + key)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String workspacePath() {
    return "/v1/workspaces/" + workspace;
  }
}
