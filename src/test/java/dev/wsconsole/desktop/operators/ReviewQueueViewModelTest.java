package dev.wsconsole.desktop.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.ReviewViews.ReviewItemResponse;
import dev.wsconsole.server.review.ReviewItem;
import dev.wsconsole.testing.ReviewFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The review-queue view-model against the real backend: filter, claim, approve, reject, correct, refusals. */
class ReviewQueueViewModelTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID rita;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("review_vm");
    ws = api.workspace("review-vm", Environment.STAGING, api.user("owner@reviewvm.test"));
    rita = api.user("rita@reviewvm.test");
    api.member(ws, rita, Role.OPERATOR);
    api.member(ws, api.user("viewer@reviewvm.test"), Role.VIEWER);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private ReviewQueueViewModel vmFor(String email) {
    ReviewQueueViewModel vm = new ReviewQueueViewModel(direct.context(direct.signIn(api, email), ws));
    vm.load();
    return vm;
  }

  private static ReviewItemResponse row(ReviewQueueViewModel vm, UUID id) {
    return vm.pages().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void claimThenApproveClosesTheItemOnTheServer() {
    ReviewItem item = ReviewFixtures.item(api, ws);
    ReviewQueueViewModel vm = vmFor("rita@reviewvm.test");
    vm.open(row(vm, item.id()));
    vm.claim();
    assertEquals("in_progress", vm.openProperty().get().status(), direct.notices.toString());
    assertTrue(vm.mine(vm.openProperty().get()));
    vm.approve("matches the chart");
    ReviewItemResponse done = vm.openProperty().get();
    assertEquals("approved", done.completedAction());
    assertEquals("matches the chart", done.resolution().get("notes"));
    assertEquals("completed", row(vm, item.id()).status(), "the list shows the new status");
    JsonNode server = api.get("/v1/" + ws + "/review-queue/" + item.id(), api.signIn("owner@reviewvm.test")).json();
    assertEquals(rita.toString(), server.get("assigned_to").asText());
    assertEquals("approved", server.get("completed_action").asText());
  }

  @Test
  void claimThenCorrectWritesTheNewValueAsASupersedingEvent() {
    ReviewItem item = ReviewFixtures.itemWithEvent(api, ws);
    ReviewQueueViewModel vm = vmFor("rita@reviewvm.test");
    vm.open(row(vm, item.id()));
    vm.claim();
    vm.correct(Map.of("medication", "lisinopril 20 mg"), "dose confirmed with the caller");
    ReviewItemResponse done = vm.openProperty().get();
    assertEquals("corrected", done.completedAction(), direct.notices.toString());
    assertEquals(Map.of("medication", "lisinopril 20 mg"), done.resolution().get("corrected_data"));
    assertTrue(ReviewText.describe(done, true).contains("Corrected to: medication = lisinopril 20 mg"));
    JsonNode events = api.get("/v1/" + ws + "/review-queue/" + item.id(), api.signIn("owner@reviewvm.test")).json()
        .get("events");
    assertEquals("corrected", events.get(0).get("review_status").asText());
  }

  @Test
  void theStatusFilterRunsOnTheServerAndRefusalsShowTheirDetail() {
    ReviewItem held = ReviewFixtures.claimed(api, ws, api.user("someone@reviewvm.test"));
    ReviewItem open = ReviewFixtures.item(api, ws);
    ReviewQueueViewModel vm = vmFor("rita@reviewvm.test");
    vm.filter("in_progress");
    assertTrue(vm.pages().items().stream().allMatch(i -> i.status().equals("in_progress")));
    assertTrue(vm.pages().items().stream().anyMatch(i -> i.id().equals(held.id())));
    vm.filter("pending");
    assertTrue(vm.pages().items().stream().allMatch(i -> i.status().equals("pending")));
    assertTrue(vm.pages().items().stream().anyMatch(i -> i.id().equals(open.id())));
    vm.filter(null);
    vm.open(row(vm, held.id()));
    assertFalse(vm.mine(vm.openProperty().get()));
    vm.reject("not a medication");
    assertEquals(List.of("Review item is claimed by another reviewer."), direct.notices);
    assertEquals("in_progress", vm.openProperty().get().status(), "nothing changed");
  }

  @Test
  void aViewerMayNotAct() {
    assertFalse(vmFor("viewer@reviewvm.test").mayAct());
    assertTrue(vmFor("rita@reviewvm.test").mayAct());
  }
}
