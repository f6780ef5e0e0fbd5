package dev.wsconsole.desktop.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.operations.OperatorStore;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operators view-model against the real backend: who the console acts as, call actions, roles. */
class OperatorsViewModelTest {
  private static TestApi api;
  private static UUID ws;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("operators_vm");
    ws = api.workspace("operators-vm", Environment.STAGING, api.user("owner@opsvm.test"));
    for (String who : List.of("olga", "omar")) {
      api.member(ws, api.user(who + "@opsvm.test"), Role.OPERATOR);
      rosterEntry(who.substring(0, 1).toUpperCase() + who.substring(1) + " Operator", who + "@opsvm.test");
    }
    api.member(ws, api.user("viewer@opsvm.test"), Role.VIEWER);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  static UUID rosterEntry(String name, String email) {
    return new OperatorStore(api.backend.tx()).create(ws, new OperatorStore.Draft(name, email, null, "operator",
        "clinical", "browser", List.of("triage")), AuditRecord.allowed(Map.of("kind", "test"), "fixture", "", "t"))
        .id();
  }

  private OperatorsViewModel vmFor(String email) {
    OperatorsViewModel vm = new OperatorsViewModel(direct.context(direct.signIn(api, email), ws));
    vm.load();
    return vm;
  }

  private static OperatorViews.QueueItem queued(OperatorsViewModel vm, String callSid) {
    vm.refreshQueue();
    return vm.queue().stream().filter(q -> q.callSid().equals(callSid)).findFirst().orElseThrow();
  }

  @Test
  void anOperatorActsAsTheirOwnRosterEntryFromJoinToWrapUp() {
    String sid = CallFixtures.call(api, ws, true).callSid();
    OperatorsViewModel vm = vmFor("olga@opsvm.test");
    OperatorState me = vm.actingProperty().get();
    assertNotNull(me, direct.notices.toString());
    assertEquals("olga@opsvm.test", me.operator().email());
    assertFalse(me.onCall());
    vm.join(queued(vm, sid), "listen");
    assertEquals(sid, vm.actingProperty().get().operator().activeCallSid(), direct.notices.toString());
    assertEquals("listen", vm.actingProperty().get().mode());
    assertEquals("busy", vm.actingProperty().get().operator().status());
    vm.switchMode("takeover");
    assertEquals("takeover", vm.actingProperty().get().mode());
    assertTrue(vm.actingProperty().get().describe().endsWith("on call " + sid + " (takeover)"));
    vm.guide("  Offer Thursday at 9.  ");
    assertEquals("Guidance delivered", vm.messageProperty().get());
    vm.leave();
    assertFalse(vm.actingProperty().get().onCall());
    assertEquals(sid, vm.actingProperty().get().wrapUpCallSid());
    vm.wrapUp("resolved", "Booked Thursday.");
    assertNull(vm.actingProperty().get().wrapUpCallSid());
    assertEquals(1, vm.actingProperty().get().operator().totalEscalationsHandled());
    assertEquals(List.of(), direct.notices);
    JsonNode log = api.get("/v1/" + ws + "/operators/audit-log?operator_id=" + me.operator().id(),
        api.signIn("olga@opsvm.test")).json().get("items");
    List<String> actions = new ArrayList<>();
    log.forEach(a -> actions.add(a.get("event_type").asText()));
    assertEquals(List.of("operator.wrap_up", "operator.leave_call", "operator.send_guidance",
        "operator.switch_mode", "operator.join_call", "operator.create"), actions);
    assertEquals("Offer Thursday at 9.", log.get(2).get("data").get("message").asText());
  }

  @Test
  void theOwnRosterEntryIsFoundWhenTheRosterArrivesAfterTheAccount() {
    OperatorsViewModel vm = new OperatorsViewModel(direct.context(direct.signIn(api, "omar@opsvm.test"), ws));
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    vm.load();
    assertNotNull(vm.actingProperty().get(), "the roster listener survived a garbage collection");
    assertEquals("omar@opsvm.test", vm.actingProperty().get().operator().email());
  }

  @Test
  void aRefusedActionShowsTheServersDetail() {
    String first = CallFixtures.call(api, ws, true).callSid();
    String second = CallFixtures.call(api, ws, true).callSid();
    OperatorsViewModel vm = vmFor("omar@opsvm.test");
    vm.join(queued(vm, first), "takeover");
    assertEquals(first, vm.actingProperty().get().operator().activeCallSid(), direct.notices.toString());
    vm.join(queued(vm, second), "listen");
    assertEquals(List.of("Operator is already on call " + first + "; leave it before joining another."),
        direct.notices);
    assertEquals(first, vm.actingProperty().get().operator().activeCallSid());
    vm.leave();
    vm.wrapUp("escalated", "");
    assertFalse(vm.actingProperty().get().onCall());
  }

  @Test
  void theStateIsReadBackFromTheServerNotRememberedFromClicks() {
    UUID paul = rosterEntry("Paul Operator", "paul@opsvm.test");
    String sid = CallFixtures.call(api, ws, true).callSid();
    OperatorsViewModel vm = vmFor("owner@opsvm.test");
    vm.actAs(vm.roster().items().stream().filter(o -> o.id().equals(paul)).findFirst().orElseThrow());
    assertFalse(vm.actingProperty().get().onCall(), direct.notices.toString());
    TestApi.Answer joined = api.post("/v1/" + ws + "/operators/" + paul + "/join-call",
        api.signIn("owner@opsvm.test"), Map.of("call_sid", sid, "mode", "takeover"));
    assertEquals(200, joined.status(), joined.text());
    vm.refresh();
    assertEquals("Paul Operator — busy, on call " + sid + " (takeover)", vm.actingProperty().get().describe());
  }

  @Test
  void anOperatorPickingAColleaguesEntrySeesItButCannotActAsIt() {
    UUID omar = rosterEntry("Omar Again", "omar@opsvm.test");
    String sid = CallFixtures.call(api, ws, true).callSid();
    OperatorsViewModel vm = vmFor("olga@opsvm.test");
    OperatorViews.Operator colleague = vm.roster().items().stream().filter(o -> o.id().equals(omar)).findFirst()
        .orElseThrow();
    assertFalse(vm.mayActAs(colleague));
    assertTrue(vm.mayActAs(vm.actingProperty().get().operator()), "her own entry");
    vm.actAs(colleague);
    assertEquals(omar, vm.actingProperty().get().operator().id(), "the entry is shown");
    vm.join(queued(vm, sid), "listen");
    assertTrue(vm.messageProperty().get().startsWith("You can act only as your own operator record"),
        vm.messageProperty().get());
    assertEquals("offline", api.get("/v1/" + ws + "/operators/" + omar, api.signIn("owner@opsvm.test")).json()
        .get("status").asText(), "nothing was sent");
    TestApi.Answer refused = api.post("/v1/" + ws + "/operators/" + omar + "/join-call",
        api.signIn("olga@opsvm.test"), Map.of("call_sid", sid));
    assertEquals(403, refused.status(), "and the server refuses it too: " + refused.text());
  }

  @Test
  void rightsComeFromThePermissionCatalog() {
    OperatorsViewModel viewer = vmFor("viewer@opsvm.test");
    assertFalse(viewer.mayAct());
    assertFalse(viewer.mayManageRoster());
    assertTrue(viewer.roster().items().size() >= 2, direct.notices.toString());
    assertNull(viewer.actingProperty().get(), "a viewer is on no roster");
    OperatorsViewModel operator = vmFor("olga@opsvm.test");
    assertTrue(operator.mayAct());
    assertFalse(operator.mayManageRoster(), "an operator gets operator actions only");
    OperatorsViewModel owner = vmFor("owner@opsvm.test");
    assertTrue(owner.mayManageRoster());
    long before = owner.roster().items().size();
    owner.add(" Nadia Nurse ", "nadia@opsvm.test");
    assertEquals("Added Nadia Nurse", owner.messageProperty().get(), direct.notices.toString());
    assertEquals(before + 1, owner.roster().items().size());
    owner.add("No Email", "not-an-email");
    assertTrue(direct.notices.get(direct.notices.size() - 1).contains("email"), direct.notices.toString());
  }
}
