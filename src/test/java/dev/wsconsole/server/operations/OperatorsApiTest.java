package dev.wsconsole.server.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operator routes against the real server: state rules (409), audit log, queue, isolation, bad input. */
@Tag("database")
class OperatorsApiTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("operators_api");
  private static final Tenant north = tenants.workspace("ops-north", Environment.STAGING, "alice@ops.example")
      .memberWithKey("olga@ops.example", Role.OPERATOR);
  private static final Tenant south = tenants.workspace("ops-south", Environment.STAGING, "bob@ops.example")
      .keys(Role.OWNER);

  private static String ops(UUID ws) {
    return "/v1/" + ws + "/operators";
  }

  private static String newOperator() {
    // An admin keeps the roster; the record's email is Olga's account, so she (an operator) may act as it.
    TestApi.Answer a = tenants.api().post(ops(north.id()), north.ownerKey(), Map.of("name", "Sam Lee",
        "email", "olga@ops.example", "skills", java.util.List.of("scheduling")));
    assertEquals(201, a.status(), a.text());
    assertEquals("offline", a.json().get("status").asText());
    return a.json().get("id").asText();
  }

  private static TestApi.Answer act(String op, String action, Map<String, Object> body) {
    return tenants.api().post(ops(north.id()) + "/" + op + "/" + action, north.keyOfMember(Role.OPERATOR), body);
  }

  @Test
  void anOperatorWorksOneCallFromJoinToWrapUpAndEveryStepIsAudited() {
    String op = newOperator();
    String sid = CallFixtures.call(tenants.api(), north.id(), true).callSid();
    assertEquals("takeover", act(op, "join-call", Map.of("call_sid", sid, "mode", "takeover")).json()
        .get("mode").asText());
    JsonNode busy = tenants.api().get(ops(north.id()) + "/" + op, north.keyOfMember(Role.OPERATOR)).json();
    assertEquals("busy", busy.get("status").asText());
    assertEquals(sid, busy.get("active_call_sid").asText());
    assertEquals("listen", act(op, "switch-mode", Map.of("call_sid", sid, "mode", "listen")).json()
        .get("mode").asText());
    assertEquals("delivered", act(op, "send-guidance", Map.of("call_sid", sid, "message", "Offer Thursday."))
        .json().get("status").asText());
    assertEquals(200, act(op, "leave-call", Map.of("call_sid", sid)).status());
    assertEquals(200, act(op, "wrap-up", Map.of("call_sid", sid, "outcome", "resolved", "notes", "Booked."))
        .status());
    JsonNode after = tenants.api().get(ops(north.id()) + "/" + op, north.keyOfMember(Role.OPERATOR)).json();
    assertEquals(1, after.get("total_escalations_handled").asInt());
    assertEquals("online", after.get("status").asText());
    JsonNode log = tenants.api().get(ops(north.id()) + "/audit-log?operator_id=" + op,
        north.keyOfMember(Role.OPERATOR)).json();
    assertEquals(6, log.get("total").asInt(), log.toString());
    assertEquals("operator.wrap_up", log.get("items").get(0).get("event_type").asText());
    assertTrue(tenants.api().auditTrail(north.id()).stream().anyMatch(line -> line.contains("operator.send_guidance")));
  }

  @Test
  void stateRulesAnswer409WithAClearDetail() {
    String op = newOperator();
    String first = CallFixtures.call(tenants.api(), north.id(), true).callSid();
    String second = CallFixtures.call(tenants.api(), north.id(), true).callSid();
    assertConflict(act(op, "switch-mode", Map.of("call_sid", first, "mode", "takeover")), "join it");
    assertConflict(act(op, "wrap-up", Map.of("call_sid", first, "outcome", "resolved")), "not joined");
    assertEquals(200, act(op, "join-call", Map.of("call_sid", first)).status());
    assertConflict(act(op, "join-call", Map.of("call_sid", second)), "already on call " + first);
    assertConflict(act(op, "send-guidance", Map.of("call_sid", second, "message", "hi")), "join it");
    String ended = CallFixtures.call(tenants.api(), north.id(), false).callSid();
    String other = newOperator();
    assertConflict(act(other, "join-call", Map.of("call_sid", ended)), "has ended");
    assertEquals("offline", tenants.api().get(ops(north.id()) + "/" + other,
        north.keyOfMember(Role.OPERATOR)).json().get("status").asText());
  }

  private static void assertConflict(TestApi.Answer a, String detail) {
    assertEquals(409, a.status(), a.text());
    assertTrue(a.json().get("detail").asText().contains(detail), a.text());
  }

  @Test
  void anotherWorkspacesOperatorsAndCallsAreNotFound() {
    String op = newOperator();
    String southCall = CallFixtures.call(tenants.api(), south.id(), true).callSid();
    assertEquals(404, tenants.api().get(ops(south.id()) + "/" + op, south.ownerKey()).status());
    assertEquals(404, tenants.api().post(ops(south.id()) + "/" + op + "/join-call", south.ownerKey(),
        Map.of("call_sid", southCall))
        .status());
    assertEquals(404, act(op, "join-call", Map.of("call_sid", southCall)).status());
    assertEquals(0, tenants.api().get(ops(south.id()), south.ownerKey()).json().get("items").size());
    tenants.api().get(ops(north.id()) + "/queue", north.keyOfMember(Role.OPERATOR)).json().get("queue")
        .forEach(item -> assertTrue(!item.get("call_sid").asText().equals(southCall)));
  }

  @Test
  void badInputIs422AndWritesNothing() {
    long before = tenants.api().get(ops(north.id()), north.keyOfMember(Role.OPERATOR)).json().get("total").asLong();
    for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(Map.of("email", "x@example.org"),
        Map.of("name", "A", "email", "not-an-email"), Map.of("name", "A", "email", "a@example.org", "role", "god"),
        Map.of("name", "A", "email", "a@example.org", "phone_number", "555"),
        Map.of("name", "A", "email", "a@example.org", "color", "red"))) {
      assertEquals(422, tenants.api().post(ops(north.id()), north.ownerKey(), body).status(), body.toString());
    }
    assertEquals(before, tenants.api().get(ops(north.id()),
        north.keyOfMember(Role.OPERATOR)).json().get("total").asLong());
    String op = newOperator();
    assertEquals(422, act(op, "join-call", Map.of()).status());
    assertEquals(422, act(op, "join-call", Map.of("call_sid", "CA1", "mode", "shout")).status());
    assertEquals(422, act(op, "wrap-up", Map.of("call_sid", "CA1", "outcome", "meh")).status());
    assertEquals(404, act(UUID.randomUUID().toString(), "join-call", Map.of("call_sid", "CA1")).status());
    assertEquals(422, act("nope", "leave-call", Map.of("call_sid", "CA1")).status());
    assertEquals(422, tenants.api().get(ops(north.id()) + "/audit-log?action=explode",
        north.keyOfMember(Role.OPERATOR)).status());
    assertEquals(2, tenants.api().get(ops(north.id()) + "/audit-log?operator_id=" + op,
        north.keyOfMember(Role.OPERATOR)).json().get("total")
        .asInt() + 1, "only the create was logged");
  }

  @Test
  void theQueuePutsTheRiskiestLiveCallFirst() {
    CallFixtures.call(tenants.api(), north.id(), true);
    JsonNode queue = tenants.api().get(ops(north.id()) + "/queue", north.keyOfMember(Role.OPERATOR)).json();
    assertTrue(queue.get("total_active").asInt() >= 1);
    double previous = Double.MAX_VALUE;
    for (JsonNode item : queue.get("queue")) {
      assertTrue(item.get("priority_score").asDouble() <= previous);
      previous = item.get("priority_score").asDouble();
    }
  }

  @Test
  void twoConcurrentJoinsOfOneOperatorLetExactlyOneWin() throws Exception {
    String op = newOperator();
    String first = CallFixtures.call(tenants.api(), north.id(), true).callSid();
    String second = CallFixtures.call(tenants.api(), north.id(), true).callSid();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      var a = pool.submit(() -> {
        start.await();
        return act(op, "join-call", Map.of("call_sid", first)).status();
      });
      var b = pool.submit(() -> {
        start.await();
        return act(op, "join-call", Map.of("call_sid", second)).status();
      });
      start.countDown();
      java.util.List<Integer> statuses = new java.util.ArrayList<>(java.util.List.of(a.get(), b.get()));
      java.util.Collections.sort(statuses);
      assertEquals(java.util.List.of(200, 409), statuses);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, tenants.api().get(ops(north.id()) + "/audit-log?action=operator.join_call&operator_id=" + op,
        north.keyOfMember(Role.OPERATOR))
        .json().get("total").asInt());
  }
}
