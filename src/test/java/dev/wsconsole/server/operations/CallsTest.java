package dev.wsconsole.server.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ApiAsserts;
import dev.wsconsole.testing.OperationsFixtures;
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

/** Calls over real HTTP: the simulator (development only), list filters and paging, detail, active sessions, isolation. */
@Tag("database")
class CallsTest {
  private static TestApi api;
  private static UUID dev;
  private static UUID staging;
  private static String devKey;
  private static String stagingKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("calls");
    UUID owner = api.user("owner-calls@example.org");
    dev = api.workspace("calls-dev", Environment.DEVELOPMENT, owner);
    staging = api.workspace("calls-staging", Environment.STAGING, owner);
    devKey = api.key(dev, owner, Role.OWNER);
    stagingKey = api.key(staging, owner, Role.OWNER);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  @Test
  void simulatedCallsHaveTurnsAndNameTheWorkspacesOwnServicesAndNumbers() {
    UUID service = TestPhoneNumbers.service(api, dev, "Front desk");
    UUID number = TestPhoneNumbers.number(api, dev, TestPhoneNumbers.fresh()).id();
    TestApi.Answer run = api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of("count", 8));
    assertEquals(201, run.status(), run.text());
    assertEquals(8, run.json().get("created").asInt());
    assertEquals(8, run.json().get("call_ids").size());
    JsonNode page = api.get("/v1/" + dev + "/calls?include_simulated=true&limit=100", devKey).json();
    Set<String> directions = new HashSet<>();
    int live = 0;
    for (JsonNode c : page.get("items")) {
      if (!c.get("source").asText().equals("simulated")) {
        continue;
      }
      assertEquals(service.toString(), c.get("service_id").asText());
      assertTrue(c.get("turns").asInt() >= 2, c.toString());
      directions.add(c.get("direction").asText());
      live += c.get("status").asText().equals("in-progress") ? 1 : 0;
    }
    assertEquals(2, live, "every fourth simulated call stays in progress");
    assertTrue(directions.stream().allMatch(d -> d.equals("inbound") || d.equals("outbound")), directions.toString());
    JsonNode detail = api.get("/v1/" + dev + "/calls/" + run.json().get("call_ids").get(0).asText(), devKey).json();
    assertFalse(detail.get("turns").get(0).get("user_transcript").asText().isEmpty(), detail.toString());
    assertFalse(detail.get("turns").get(0).get("state").asText().isEmpty(), detail.toString());
    assertTrue(detail.get("phone_number").isNull() || !detail.get("phone_number").asText().isEmpty());
    assertTrue(api.backend.calls.list(dev, CallFilter.all(), 100, 0).items().stream()
        .allMatch(c -> c.phoneNumberId() == null || c.phoneNumberId().equals(number)));
  }

  @Test
  void simulationIsRefusedOutsideDevelopmentAndWritesNothing() {
    long before = OperationsFixtures.callCount(api, staging);
    TestApi.Answer a = api.post("/v1/" + staging + "/calls/simulate", stagingKey, Map.of("count", 3));
    assertEquals(409, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().contains("development"), a.text());
    assertEquals(before, OperationsFixtures.callCount(api, staging));
  }

  @Test
  void badSimulationInputIs422AndWritesNothing() {
    long before = OperationsFixtures.callCount(api, dev);
    ApiAsserts.invalid(api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of("count", 0)), "body.count",
        "greater_than_equal");
    ApiAsserts.invalid(api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of("count", 51)), "body.count",
        "less_than_equal");
    ApiAsserts.invalid(api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of("count", "3")), "body.count",
        "int_type");
    ApiAsserts.invalid(api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of()), "body.count", "missing");
    ApiAsserts.invalid(api.post("/v1/" + dev + "/calls/simulate", devKey, Map.of("count", 2, "x", 1)), "body.x",
        "extra_forbidden");
    assertEquals(before, OperationsFixtures.callCount(api, dev));
  }

  @Test
  void listFiltersAndPages() {
    OperationsFixtures.call(api, staging, false);
    OperationsFixtures.call(api, staging, false);
    OperationsFixtures.call(api, staging, true);
    String base = "/v1/" + staging + "/calls";
    JsonNode first = api.get(base + "?limit=2", stagingKey).json();
    assertEquals(2, first.get("items").size());
    assertTrue(first.get("has_more").asBoolean());
    long total = first.get("total").asLong();
    assertTrue(total >= 3);
    JsonNode rest = api.get(base + "?limit=100&continuation_token=" + first.get("continuation_token").asInt(),
        stagingKey).json();
    assertEquals(total - 2, rest.get("items").size());
    JsonNode live = api.get(base + "?status=in-progress&limit=100", stagingKey).json();
    live.get("items").forEach(c -> assertEquals("in-progress", c.get("status").asText()));
    assertTrue(live.get("total").asLong() >= 1);
    assertEquals(0, api.get(base + "?direction=outbound", stagingKey).json().get("total").asLong());
    assertEquals(0, api.get(base + "?min_duration=100000", stagingKey).json().get("total").asLong());
    assertEquals(0, api.get(base + "?date_to=2001-01-01", stagingKey).json().get("total").asLong());
    assertEquals(total, api.get(base + "?date_from=2001-01-01", stagingKey).json().get("total").asLong());
  }

  @Test
  void badListInputIs422AndUnknownCallIs404() {
    String base = "/v1/" + staging + "/calls";
    ApiAsserts.invalid(api.get(base + "?status=bogus", stagingKey), "query.status", "enum");
    ApiAsserts.invalid(api.get(base + "?direction=sideways", stagingKey), "query.direction", "enum");
    ApiAsserts.invalid(api.get(base + "?limit=101", stagingKey), "query.limit", "less_than_equal");
    ApiAsserts.invalid(api.get(base + "?date_from=yesterday", stagingKey), "query.date_from",
        "date_from_datetime_parsing");
    ApiAsserts.invalid(api.get(base + "?service_id=nope", stagingKey), "query.service_id", "uuid_parsing");
    ApiAsserts.notFoundNaming(api.get(base + "/" + UUID.randomUUID(), stagingKey), "Call");
    ApiAsserts.notFoundNaming(api.get(base + "/CAnothing", stagingKey), "Call");
  }

  @Test
  void detailByIdOrSidAndActiveSessions() {
    CallRecord live = OperationsFixtures.call(api, staging, true);
    JsonNode byId = api.get("/v1/" + staging + "/calls/" + live.id(), stagingKey).json();
    JsonNode bySid = api.get("/v1/" + staging + "/calls/" + live.callSid(), stagingKey).json();
    assertEquals(live.id().toString(), byId.get("id").asText());
    assertEquals(byId.get("id"), bySid.get("id"));
    assertEquals(2, byId.get("turns").size());
    assertEquals("Walgreens on Main.", byId.get("turns").get(1).get("user_transcript").asText());
    assertEquals(2, byId.get("participants").size());
    JsonNode active = api.get("/v1/" + staging + "/sessions/active", stagingKey).json();
    assertTrue(active.isArray());
    boolean found = false;
    for (JsonNode s : active) {
      found |= s.get("call_sid").asText().equals(live.callSid());
      assertTrue(s.get("duration_seconds").asDouble() > 0);
    }
    assertTrue(found, active.toString());
  }

  @Test
  void anotherWorkspaceNeverSeesTheCalls() {
    CallRecord call = OperationsFixtures.call(api, staging, true);
    ApiAsserts.notFoundNaming(api.get("/v1/" + dev + "/calls/" + call.id(), devKey), "Call");
    ApiAsserts.notFoundNaming(api.get("/v1/" + dev + "/calls/" + call.callSid(), devKey), "Call");
    for (JsonNode c : api.get("/v1/" + dev + "/calls?include_simulated=true&limit=100", devKey).json().get("items")) {
      assertFalse(c.get("entity_id").asText().equals(call.id().toString()));
    }
    for (JsonNode s : api.get("/v1/" + dev + "/sessions/active", devKey).json()) {
      assertFalse(s.get("call_sid").asText().equals(call.callSid()));
    }
    assertEquals(404, api.get("/v1/" + staging + "/calls", devKey).status());
  }
}
