package dev.wsconsole.server.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call routes against the real server: simulator, filters, detail, active sessions, isolation, bad input. */
@Tag("database")
class CallsApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("calls_api");
  private static final Tenant dev = tenants.workspace("calls-dev", Environment.DEVELOPMENT, "alice@calls.example")
      .keys(Role.OWNER);
  private static final Tenant prod = tenants.workspace("calls-prod", Environment.PRODUCTION, "bob@calls.example")
      .keys(Role.OWNER);

  @Test
  void simulatorWritesCallsWithTurnsThatNameTheWorkspacesOwnNumbers() {
    String number = TestPhoneNumbers.number(tenants.api(), dev.id(), TestPhoneNumbers.fresh()).phoneNumber();
    TestApi.Answer sim = tenants.api().post("/v1/" + dev.id() + "/calls/simulate", dev.ownerKey(), Map.of("count", 12));
    assertEquals(201, sim.status(), sim.text());
    assertEquals(12, sim.json().get("created").asInt());
    JsonNode list = tenants.api().get("/v1/" + dev.id() + "/calls?limit=100", dev.ownerKey()).json();
    assertTrue(list.get("total").asInt() >= 12, list.toString());
    Set<String> directions = new HashSet<>();
    for (JsonNode c : list.get("items")) {
      directions.add(c.get("direction").asText());
    }
    assertTrue(directions.contains("inbound"), directions.toString());
    String first = sim.json().get("call_ids").get(0).asText();
    JsonNode detail = tenants.api().get("/v1/" + dev.id() + "/calls/" + first, dev.ownerKey()).json();
    assertTrue(detail.get("turns").size() >= 2, detail.toString());
    assertFalse(detail.get("turns").get(0).get("user_transcript").asText().isBlank());
    assertEquals(number, detail.get("phone_number").asText(), "the workspace's only number");
    assertTrue(tenants.api().auditTrail(dev.id()).stream().anyMatch(a -> a.contains("calls.simulate")));
    int doubtful = 0;
    for (JsonNode id : sim.json().get("call_ids")) {
      JsonNode call = tenants.api().get("/v1/" + dev.id() + "/calls/" + id.asText(), dev.ownerKey()).json();
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
    TestApi.Answer sim = tenants.api().post("/v1/" + prod.id() + "/calls/simulate", prod.ownerKey(), Map.of("count",
        3));
    assertEquals(409, sim.status(), sim.text());
    assertTrue(sim.json().get("detail").asText().contains("development"), sim.text());
    assertEquals(0, tenants.api().get("/v1/" + prod.id() + "/calls", prod.ownerKey()).json().get("total").asInt());
  }

  @Test
  void activeSessionsListOnlyCallsInProgress() {
    CallRecord live = CallFixtures.call(tenants.api(), prod.id(), true);
    CallRecord done = CallFixtures.call(tenants.api(), prod.id(), false);
    JsonNode active = tenants.api().get("/v1/" + prod.id() + "/sessions/active", prod.ownerKey()).json();
    Set<String> sids = new HashSet<>();
    active.forEach(s -> sids.add(s.get("call_sid").asText()));
    assertTrue(sids.contains(live.callSid()));
    assertFalse(sids.contains(done.callSid()));
    JsonNode byStatus = tenants.api().get("/v1/" + prod.id() + "/calls?status=in-progress", prod.ownerKey()).json();
    byStatus.get("items").forEach(c -> assertEquals("in-progress", c.get("status").asText()));
    assertEquals(live.callSid(), tenants.api().get("/v1/" + prod.id() + "/calls/" + live.callSid(),
        prod.ownerKey()).json()
        .get("call_sid").asText());
  }

  @Test
  void anotherWorkspacesCallIsNotFound() {
    CallRecord foreign = CallFixtures.call(tenants.api(), prod.id(), false);
    TestApi.Answer a = tenants.api().get("/v1/" + dev.id() + "/calls/" + foreign.id(), dev.ownerKey());
    assertEquals(404, a.status(), a.text());
    assertFalse(a.text().contains(foreign.callSid()));
    tenants.api().get("/v1/" + dev.id() + "/calls?limit=100", dev.ownerKey()).json().get("items")
        .forEach(c -> assertFalse(c.get("entity_id").asText().equals(foreign.id().toString())));
  }

  @Test
  void badFiltersAndCountsAre422AndWriteNothing() {
    String calls = "/v1/" + dev.id() + "/calls";
    for (String q : new String[] {"?status=done", "?direction=sideways", "?date_from=yesterday", "?limit=0",
        "?min_duration=-1", "?service_id=nope"}) {
      assertEquals(422, tenants.api().get(calls + q, dev.ownerKey()).status(), q);
    }
    int before = tenants.api().get(calls, dev.ownerKey()).json().get("total").asInt();
    for (Object count : new Object[] {0, 201, "ten", 2.5}) {
      TestApi.Answer a = tenants.api().post(calls + "/simulate", dev.ownerKey(), Map.of("count", count));
      assertEquals(422, a.status(), a.text());
    }
    assertEquals(before, tenants.api().get(calls, dev.ownerKey()).json().get("total").asInt());
  }

  @Test
  void pagingWalksEveryCallOnce() {
    tenants.api().post("/v1/" + dev.id() + "/calls/simulate", dev.ownerKey(), Map.of("count", 7));
    int total = tenants.api().get("/v1/" + dev.id() + "/calls", dev.ownerKey()).json().get("total").asInt();
    Set<String> seen = new HashSet<>();
    String token = "0";
    while (token != null) {
      JsonNode page = tenants.api().get("/v1/" + dev.id() + "/calls?limit=3&continuation_token=" + token,
          dev.ownerKey()).json();
      page.get("items").forEach(c -> assertTrue(seen.add(c.get("entity_id").asText())));
      token = page.get("has_more").asBoolean() ? page.get("continuation_token").asText() : null;
    }
    assertEquals(total, seen.size());
  }
}
