package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling (issue 14, points 3 and 4): attempts counted atomically with the decision, per account
 * and per client address, held back with 429 and Retry-After rather than locked for good, the same for
 * unknown emails, and counters that reset. Time "passes" by moving the throttle's clock back, except in
 * the one test that waits out a 5-second hold (a hold longer than one wrong password's hashing under load).
 */
@Tag("database")
class SignInThrottleTest {
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("sign_in_throttle");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @BeforeEach
  void forgetEarlierAttempts() throws Exception {
    owner("DELETE FROM console.sign_in_throttle");
  }

  private static void policy(int accountFree, int addressFree, String firstDelay, String longestDelay)
      throws Exception {
    owner("UPDATE console.sign_in_policy SET account_free = " + accountFree + ", address_free = " + addressFree
        + ", first_delay = '" + firstDelay + "', longest_delay = '" + longestDelay + "'");
  }

  /** Lets {@code interval} pass for every throttle row. */
  private static void timePasses(String interval) throws Exception {
    owner("UPDATE console.sign_in_throttle SET last_failure_at = last_failure_at - interval '" + interval + "'");
  }

  static void owner(String sql) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      st.execute(sql);
    }
  }

  private static long ownerLong(String sql) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long accountFailures(String email) throws Exception {
    return ownerLong("SELECT failures FROM console.sign_in_throttle WHERE key = (SELECT sha256(secret"
        + " || convert_to('account:" + email + "', 'UTF8')) FROM console.sign_in_policy)");
  }

  private static TestApi.Answer login(String email, String password) {
    return api.post("/v1/auth/login", null, Map.of("email", email, "password", password));
  }

  @Test
  void aParallelBurstGetsNoMoreChecksThanTheLimitAndTheRightPasswordWaitsItOut() throws Exception {
    policy(5, 1000, "30 seconds", "15 minutes");
    api.user("burst@example.org");
    ExecutorService pool = Executors.newFixedThreadPool(40);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      answers.add(pool.submit(() -> {
        go.await();
        return login("burst@example.org", "wrong guess " + n).status();
      }));
    }
    go.countDown();
    int checked = 0;
    int heldBack = 0;
    for (Future<Integer> a : answers) {
      int status = a.get();
      checked += status == 401 ? 1 : 0;
      heldBack += status == 429 ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(5, checked, "wrong passwords checked out of a burst of 40");
    assertEquals(35, heldBack);

    TestApi.Answer right = login("burst@example.org", TestApi.PASSWORD);
    assertEquals(429, right.status(), "the right password during the hold: " + right.text());
    long retryAfter = Long.parseLong(right.header("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
    assertTrue(right.json().get("detail").asText().contains("Try again in " + retryAfter + " seconds"), right.text());

    timePasses("30 seconds");
    TestApi.Answer after = login("burst@example.org", TestApi.PASSWORD);
    assertEquals(200, after.status(), after.text());
  }

  @Test
  void aShortHoldLiftsByItselfAndTheRightPasswordThenSignsIn() throws Exception {
    policy(1, 1000, "5 seconds", "1 minute");
    api.user("wait@example.org");
    assertEquals(401, login("wait@example.org", "wrong once").status());
    TestApi.Answer held = login("wait@example.org", TestApi.PASSWORD);
    assertEquals(429, held.status(), held.text());
    Thread.sleep(Long.parseLong(held.header("Retry-After")) * 1000);
    TestApi.Answer after = login("wait@example.org", TestApi.PASSWORD);
    assertEquals(200, after.status(), after.text());
  }

  @Test
  void unknownAndKnownEmailsGetTheSameAnswersAndHolds() throws Exception {
    policy(2, 1000, "1 minute", "15 minutes");
    api.user("known@example.org");
    List<TestApi.Answer> known = new ArrayList<>();
    List<TestApi.Answer> unknown = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      known.add(login("known@example.org", "not it " + i));
      unknown.add(login("unknown@example.org", "not it " + i));
    }
    owner("UPDATE console.sign_in_throttle SET last_failure_at = now()"); // the same clock for both holds
    known.add(login("known@example.org", "not it 2"));
    unknown.add(login("unknown@example.org", "not it 2"));
    for (int i = 0; i < 3; i++) {
      assertEquals(i < 2 ? 401 : 429, known.get(i).status());
      assertEquals(known.get(i).status(), unknown.get(i).status());
      assertEquals(known.get(i).text(), unknown.get(i).text());
      assertEquals(headersThatMayMatter(known.get(i)), headersThatMayMatter(unknown.get(i)));
    }
    assertEquals("60", known.get(2).header("Retry-After"));
  }

  private static Map<String, List<String>> headersThatMayMatter(TestApi.Answer a) {
    Map<String, List<String>> h = new java.util.TreeMap<>(a.headers());
    h.keySet().removeIf(name -> name.equalsIgnoreCase("x-request-id") || name.equalsIgnoreCase("date"));
    return h;
  }

  @Test
  void theAddressIsThrottledAcrossAccountsButAnotherAddressIsNot() throws Exception {
    policy(100, 3, "1 minute", "15 minutes");
    api.user("spray-target@example.org");
    for (int i = 0; i < 3; i++) {
      assertEquals(401, RawHttp.login(api, "127.0.0.2", "spray" + i + "@example.org", "guess").status());
    }
    RawHttp.Answer held = RawHttp.login(api, "127.0.0.2", "spray-target@example.org", TestApi.PASSWORD);
    assertEquals(429, held.status(), held.body());
    assertNotNull(held.header("Retry-After"));
    RawHttp.Answer elsewhere = RawHttp.login(api, "127.0.0.3", "spray-target@example.org", TestApi.PASSWORD);
    assertEquals(200, elsewhere.status(), elsewhere.body());
  }

  @Test
  void aSuccessResetsTheAccountsCountAndAPassedLockStartsItAgain() throws Exception {
    policy(3, 1000, "1 minute", "10 minutes");
    api.user("reset@example.org");
    for (int i = 0; i < 2; i++) {
      assertEquals(401, login("reset@example.org", "nope " + i).status());
    }
    assertEquals(200, login("reset@example.org", TestApi.PASSWORD).status());
    for (int i = 0; i < 3; i++) {
      assertEquals(401, login("reset@example.org", "again " + i).status(), "count was not reset by the success");
    }
    assertEquals(429, login("reset@example.org", TestApi.PASSWORD).status());
    // One more failure a minute later (the hold grows), then ten quiet minutes, the longest hold: the count
    // starts again, so the next failure is the first.
    timePasses("1 minute");
    assertEquals(401, login("reset@example.org", "more").status());
    assertEquals(4, accountFailures("reset@example.org"));
    timePasses("10 minutes");
    assertEquals(401, login("reset@example.org", "after the lock").status());
    assertEquals(1, accountFailures("reset@example.org"));
    assertEquals(200, login("reset@example.org", TestApi.PASSWORD).status(), "one failure after the lock is no hold");
  }
}
