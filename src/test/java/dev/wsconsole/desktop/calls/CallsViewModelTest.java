package dev.wsconsole.desktop.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calls view-model against the real backend: the simulator, server paging and filters, detail, live sessions. */
class CallsViewModelTest {
  private static TestApi api;
  private static UUID dev;
  private static UUID staging;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("calls_vm");
    UUID owner = api.user("owner@callsvm.test");
    dev = api.workspace("calls-vm-dev", Environment.DEVELOPMENT, owner);
    staging = api.workspace("calls-vm-staging", Environment.STAGING, owner);
    api.member(dev, api.user("operator@callsvm.test"), Role.OPERATOR);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private CallsViewModel vmFor(String email, UUID ws) {
    CallsViewModel vm = new CallsViewModel(direct.context(direct.signIn(api, email), ws));
    vm.load();
    return vm;
  }

  @Test
  void simulatedCallsPageFilterAndOpenWithTheirTurns() {
    CallsViewModel vm = vmFor("owner@callsvm.test", dev);
    assertTrue(vm.maySimulate());
    vm.simulate(25);
    assertTrue(vm.messageProperty().get().startsWith("Simulated 25 calls (sim_"), direct.notices.toString());
    assertEquals("1–20 of 25", vm.pages().labelProperty().get());
    vm.pages().next();
    assertEquals("21–25 of 25", vm.pages().labelProperty().get());
    assertEquals(6, vm.active().size(), "every fourth simulated call is still in progress");
    vm.filter("inbound", null);
    long inbound = api.get("/v1/" + dev + "/calls?direction=inbound&limit=1", api.signIn("owner@callsvm.test"))
        .json().get("total").asLong();
    assertEquals("1–" + Math.min(20, inbound) + " of " + inbound, vm.pages().labelProperty().get());
    assertTrue(vm.pages().items().stream().allMatch(c -> c.direction().equals("inbound")));
    vm.filter(null, "in-progress");
    assertEquals("1–6 of 6", vm.pages().labelProperty().get());
    CallViews.CallSummary live = vm.pages().items().get(0);
    vm.open(live.callSid());
    CallViews.CallDetailResponse d = vm.openProperty().get();
    assertEquals(live.callSid(), d.callSid());
    assertEquals(live.turns(), d.turns().size());
    assertFalse(d.turns().get(0).userTranscript().isBlank());
    assertEquals("caller", d.participants().get(0).role());
    assertEquals("agent", d.participants().get(1).role());
  }

  @Test
  void theSimulatorIsOfferedOnlyInDevelopmentAndOnlyToThoseWhoMayWrite() {
    assertFalse(vmFor("owner@callsvm.test", staging).maySimulate());
    assertFalse(vmFor("operator@callsvm.test", dev).maySimulate());
    CallsViewModel staged = vmFor("owner@callsvm.test", staging);
    staged.simulate(3);
    assertTrue(direct.notices.get(direct.notices.size() - 1).contains("only in development workspaces"),
        direct.notices.toString());
    assertEquals("None", staged.pages().labelProperty().get());
  }
}
