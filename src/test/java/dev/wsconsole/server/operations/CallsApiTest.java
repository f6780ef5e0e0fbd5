package dev.wsconsole.server.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The call routes against the real server: simulator, filters, detail, active sessions, isolation, bad input. */
@Tag("database")
class CallsApiTest {
  private static TestApi api;
  private static UUID dev;
  private static UUID prod;
  private static String devKey;
  private static String prodKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("calls_api");
    UUID alice = api.user("alice@calls.example");
    UUID bob = api.user("bob@calls.example");
    dev = api.workspace("calls-dev", Environment.DEVELOPMENT, alice);
    prod = api.workspace("calls-prod", Environment.PRODUCTION, bob);
    devKey = api.key(dev, alice, Role.OWNER);
    prodKey = api.key(prod, bob, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @Test
  void simulatorWritesCallsWithTurnsThatNameTheWorkspacesOwnNumbers() {
    String number = TestPhoneNumbers.number(api, dev, TestPhoneNumbers.fresh()).phoneNumber();
    TestApi.Answer sim = api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of("count", 12));
    assertEquals(201, sim.status(), sim.text());
    assertEquals(12, sim.json().get("created").asInt());
    JsonNode list = api.get("/v1/" + dev + "/calls?limit=100", devKey).json();
    assertTrue(list.get("total").asInt() >= 12, list.toString());
    Set<String> directions = new HashSet<>();
    for (JsonNode c : list.get("items")) {
      directions.add(c.get("direction").asText());
    }
    assertTrue(directions.contains("inbound"), directions.toString());
    String first = sim.json().get("call_ids").get(0).asText();
    JsonNode detail = api.get("/v1/" + dev + "/calls/" + first, devKey).json();
    assertTrue(detail.get("turns").size() >= 2, detail.toString());
    assertFalse(detail.get("turns").get(0).get("user_transcript").asText().isBlank());
    assertEquals(number, detail.get("phone_number").asText(), "the workspace's only number");
    assertTrue(api.auditTrail(dev).stream().anyMatch(a -> a.contains("calls.simulate")));
    int doubtful = 0;
    for (JsonNode id : sim.json().get("call_ids")) {
      JsonNode call = api.get("/v1/" + dev + "/calls/" + id.asText(), devKey).json();
      boolean low = false;
      for (JsonNode turn : call.get("turns")) {
        low |= turn.get("stt_confidence").asDouble() < CallSimulator.LOW_CONFIDENCE;
      }
      doubtful += low && call.get("status").asText().equals("completed") ? 1 : 0;
    }
    assertEquals(doubtful, sim.json().get("review_items").asInt(), "one review item per doubtful finished call");
  }

  @Test
  void simulatorRefusesProductionWorkspacesAndWritesNothing() {
    TestApi.Answer sim = api.post("/v1/" + prod + "/calls/simulate", prodKey, Map.of("count", 3));
    assertEquals(409, sim.status(), sim.text());
    assertTrue(sim.json().get("detail").asText().contains("development"), sim.text());
    assertEquals(0, api.get("/v1/" + prod + "/calls", prodKey).json().get("total").asInt());
  }

  @Test
  void activeSessionsListOnlyCallsInProgress() {
    CallRecord live = CallFixtures.call(api, prod, true);
    CallRecord done = CallFixtures.call(api, prod, false);
    JsonNode active = api.get("/v1/" + prod + "/sessions/active", prodKey).json();
    Set<String> sids = new HashSet<>();
    active.forEach(s -> sids.add(s.get("call_sid").asText()));
    assertTrue(sids.contains(live.callSid()));
    assertFalse(sids.contains(done.callSid()));
    JsonNode byStatus = api.get("/v1/" + prod + "/calls?status=in-progress", prodKey).json();
    byStatus.get("items").forEach(c -> assertEquals("in-progress", c.get("status").asText()));
    assertEquals(live.callSid(), api.get("/v1/" + prod + "/calls/" + live.callSid(), prodKey).json()
        .get("call_sid").asText());
  }

  @Test
  void anotherWorkspacesCallIsNotFound() {
    CallRecord foreign = CallFixtures.call(api, prod, false);
    TestApi.Answer a = api.get("/v1/" + dev + "/calls/" + foreign.id(), devKey);
    assertEquals(404, a.status(), a.text());
    assertFalse(a.text().contains(foreign.callSid()));
    api.get("/v1/" + dev + "/calls?limit=100", devKey).json().get("items")
        .forEach(c -> assertFalse(c.get("entity_id").asText().equals(foreign.id().toString())));
  }

  @Test
  void badFiltersAndCountsAre422AndWriteNothing() {
    String calls = "/v1/" + dev + "/calls";
    for (String q : new String[] {"?status=done", "?direction=sideways", "?date_from=yesterday", "?limit=0",
        "?min_duration=-1", "?service_id=nope"}) {
      assertEquals(422, api.get(calls + q, devKey).status(), q);
    }
    int before = api.get(calls, devKey).json().get("total").asInt();
    for (Object count : new Object[] {0, 201, "ten", 2.5}) {
      TestApi.Answer a = api.post(calls + "/simulate", devKey, Map.of("count", count));
      assertEquals(422, a.status(), a.text());
    }
    assertEquals(before, api.get(calls, devKey).json().get("total").asInt());
  }

  @Test
  void pagingWalksEveryCallOnce() {
    api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of("count", 7));
    int total = api.get("/v1/" + dev + "/calls", devKey).json().get("total").asInt();
    Set<String> seen = new HashSet<>();
    String token = "0";
    while (token != null) {
      JsonNode page = api.get("/v1/" + dev + "/calls?limit=3&continuation_token=" + token, devKey).json();
      page.get("items").forEach(c -> assertTrue(seen.add(c.get("entity_id").asText())));
      token = page.get("has_more").asBoolean() ? page.get("continuation_token").asText() : null;
    }
    assertEquals(total, seen.size());
  }
}
