package dev.wsconsole.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Audit volume (issue 14, point 5): a flood of failed sign-ins and forbidden calls is a handful of entries
 * whose counts add up to every refusal, and the chain still verifies once the counts are sealed into it.
 */
@Tag("database")
class AuditVolumeTest {
  private static final Pattern REPEATED = Pattern.compile("^repeated (\\d+) more times?");
  private static TestApi api;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("audit_volume");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static void asOwner(UUID ws, String sql) throws Exception {
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      if (ws != null) {
        st.execute("SELECT set_config('app.workspace_id', '" + ws + "', false)");
      }
      st.execute(sql);
    }
  }

  /** The reasons of a workspace's entries for {@code action} and result "denied", oldest first. */
  private static List<String> deniedReasons(UUID ws, String action) {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT reason FROM console.audit_events"
            + " WHERE workspace_id = :ws AND action = :action AND result = 'denied' ORDER BY seq")
        .bind("ws", ws).bind("action", action).mapTo(String.class).list());
  }

  /** Refusals an entry list stands for: one per entry, plus each summary's count. */
  private static int refusalsCounted(List<String> reasons) {
    int total = 0;
    for (String reason : reasons) {
      Matcher m = REPEATED.matcher(reason);
      total += m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
    return total;
  }

  private static int entries(UUID ws) {
    return api.auditTrail(ws).size();
  }

  private static List<Integer> inParallel(int times, java.util.concurrent.Callable<Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      futures.add(pool.submit(call));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : futures) {
      statuses.add(f.get());
    }
    pool.shutdown();
    return statuses;
  }

  @Test
  void aFloodOfRefusalsIsAHandfulOfCountedEntriesAndTheChainVerifies() throws Exception {
    asOwner(null, "UPDATE console.sign_in_policy SET account_free = 3, address_free = 1000,"
        + " first_delay = '1 minute', longest_delay = '15 minutes'");
    UUID owner = api.user("flooded@example.org");
    List<UUID> workspaces = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      workspaces.add(api.workspace("flooded-" + i, Environment.STAGING, owner));
    }
    UUID ws = workspaces.get(0);
    String ownerKey = api.key(ws, owner, Role.OWNER);
    UUID viewer = api.user("fuzzer@example.org");
    api.member(ws, viewer, Role.VIEWER);
    String viewerKey = api.key(ws, viewer, Role.VIEWER);
    List<Integer> before = workspaces.stream().map(AuditVolumeTest::entries).toList();

    List<Integer> signIns = inParallel(200, () -> api.post("/v1/auth/login", null,
        Map.of("email", "flooded@example.org", "password", "not the password")).status());
    List<Integer> forbidden = inParallel(200, () -> api.post("/v1/" + ws + "/api-keys", viewerKey,
        Map.of("duration_days", 1)).status());
    assertEquals(3, signIns.stream().filter(s -> s == 401).count(), "checked sign-ins");
    assertEquals(197, signIns.stream().filter(s -> s == 429).count());
    assertTrue(forbidden.stream().allMatch(s -> s == 403), forbidden.toString());

    // A clock minute may turn during the flood: then one more first entry and one summary per kind.
    for (int i = 0; i < workspaces.size(); i++) {
      int written = entries(workspaces.get(i)) - before.get(i);
      assertTrue(written <= (i == 0 ? 6 : 3), "entries written in workspace " + i + ": " + written);
    }

    // Close every counting window; the next audit write in each workspace seals its counts into the chain.
    for (UUID w : workspaces) {
      asOwner(w, "UPDATE console.audit_repeats SET window_start = window_start - interval '2 minutes'");
    }
    assertEquals(403, api.post("/v1/" + ws + "/api-keys", viewerKey, Map.of("duration_days", 1)).status());
    assertEquals(201, refusalsCounted(deniedReasons(ws, "create-api-key")));
    assertEquals(3, refusalsCounted(deniedReasons(ws, "auth.login")));
    assertTrue(deniedReasons(ws, "create-api-key").size() <= 5, deniedReasons(ws, "create-api-key").toString());

    JsonNode verdict = api.post("/v1/" + ws + "/audit/verify", ownerKey, null).json();
    assertTrue(verdict.get("valid").asBoolean(), verdict.toString());
  }

  @Test
  void aCountedRepeatCannotBeChangedUnnoticedOnceSealed() throws Exception {
    UUID owner = api.user("sealed@example.org");
    UUID ws = api.workspace("sealed", Environment.STAGING, owner);
    String ownerKey = api.key(ws, owner, Role.OWNER);
    UUID viewer = api.user("sealed-viewer@example.org");
    api.member(ws, viewer, Role.VIEWER);
    String viewerKey = api.key(ws, viewer, Role.VIEWER);
    for (int i = 0; i < 4; i++) {
      assertEquals(403, api.post("/v1/" + ws + "/api-keys", viewerKey, Map.of("duration_days", 1)).status());
    }
    asOwner(ws, "UPDATE console.audit_repeats SET window_start = window_start - interval '2 minutes'");
    assertEquals(201, api.post("/v1/" + ws + "/api-keys", ownerKey, Map.of("duration_days", 1)).status());
    List<String> reasons = deniedReasons(ws, "create-api-key");
    assertEquals(2, reasons.size(), reasons.toString());
    assertTrue(reasons.get(1).startsWith("repeated 3 more times"), reasons.get(1));
    assertTrue(api.post("/v1/" + ws + "/audit/verify", ownerKey, null).json().get("valid").asBoolean());

    asOwner(ws, "UPDATE console.audit_events SET reason = replace(reason, 'repeated 3', 'repeated 1')"
        + " WHERE reason LIKE 'repeated %'");
    assertTrue(!api.post("/v1/" + ws + "/audit/verify", ownerKey, null).json().get("valid").asBoolean(),
        "an edited count must break the chain");
  }
}
