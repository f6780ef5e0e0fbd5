package dev.wsconsole.desktop.operators;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.model.wire.ReviewViews.ReviewItemResponse;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.operations.OperatorStore;
import dev.wsconsole.server.review.ReviewItem;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.ReviewFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Operators & review queue page in the console window, against the real backend. */
@ExtendWith(ApplicationExtension.class)
class OperatorsPageTest {
  private static TestApi api;
  private static UUID ws;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("operators_page");
    ws = api.workspace("operators-page", Environment.STAGING, api.user("owner@opspage.test"));
    api.member(ws, api.user("olga@opspage.test"), Role.OPERATOR);
    api.member(ws, api.user("viewer@opspage.test"), Role.VIEWER);
    new OperatorStore(api.backend.tx()).create(ws, new OperatorStore.Draft("Olga Operator", "olga@opspage.test", null,
        "operator", "clinical", "browser", List.of("triage")), AuditRecord.allowed(Map.of("kind", "test"), "fixture",
        "", "t"));
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Start
  void start(Stage stage) {
    console.show(stage, api, null, null, null);
  }

  @AfterEach
  void cleanUp() throws Exception {
    console.close();
  }

  @Test
  void anOperatorJoinsACallSwitchesModeSendsGuidanceLeavesAndWrapsUp(FxRobot robot) throws Exception {
    String sid = CallFixtures.call(api, ws, true).callSid();
    ConsoleFixture.signIn(robot, "olga@opspage.test");
    robot.clickOn("#nav-operators");
    awaitNode(robot, "#ops-join");
    await(() -> text(robot, "#ops-acting").startsWith("Acting as Olga Operator — offline, not on a call"));
    assertTrue(robot.lookup("#ops-add").tryQuery().isEmpty(), "an operator gets no admin controls");
    TableView<OperatorViews.QueueItem> queue = robot.lookup("#ops-queue").queryTableView();
    await(() -> queue.getItems().stream().anyMatch(q -> q.callSid().equals(sid)));
    robot.interact(() -> queue.getSelectionModel().select(queue.getItems().stream()
        .filter(q -> q.callSid().equals(sid)).findFirst().orElseThrow()));
    robot.clickOn("#ops-join");
    await(() -> text(robot, "#ops-acting").endsWith("busy, on call " + sid + " (listen)"));
    robot.clickOn("#ops-takeover");
    await(() -> text(robot, "#ops-acting").endsWith("(takeover)"));
    robot.clickOn("#ops-guidance").write("Offer Thursday at 9.").press(KeyCode.ENTER).release(KeyCode.ENTER);
    await(() -> text(robot, "#ops-message").equals("Guidance delivered"));
    assertEquals("", robot.lookup("#ops-guidance").queryAs(TextField.class).getText());
    robot.clickOn("#ops-leave");
    await(() -> text(robot, "#ops-acting").endsWith("left call " + sid + ", to wrap up"));
    assertTrue(robot.lookup("#ops-send-guidance").query().isDisabled(), "no guidance off a call");
    robot.clickOn("#ops-notes").write("Booked.");
    robot.clickOn("#ops-wrap-up");
    await(() -> text(robot, "#ops-acting").endsWith("online, not on a call"));
    String token = api.signIn("olga@opspage.test");
    String log = api.get("/v1/" + ws + "/operators/audit-log?action=operator.send_guidance", token).text();
    assertTrue(log.contains("Offer Thursday at 9."), log);
  }

  @Test
  void aReviewerClaimsThenApproves(FxRobot robot) throws Exception {
    ReviewItem item = ReviewFixtures.item(api, ws);
    TableView<ReviewItemResponse> table = openReviews(robot, "olga@opspage.test", item.id());
    awaitNode(robot, "#review-claim");
    robot.clickOn("#review-claim");
    await(() -> text(robot, "#review-detail").contains("(held by you)"));
    robot.clickOn("#review-reject");
    await(() -> text(robot, "#shell-notice").contains("reason"));
    assertFalse(text(robot, "#shell-notice").contains("Exception"));
    assertTrue(text(robot, "#review-detail").contains("Status: in progress"), "a refused reject changes nothing");
    robot.clickOn("#review-notes").write("matches the chart");
    robot.clickOn("#review-approve");
    await(() -> text(robot, "#review-detail").contains("— approved"));
    assertTrue(text(robot, "#review-detail").contains("Notes: matches the chart"));
    assertTrue(robot.lookup("#review-approve").tryQuery().isEmpty(), "nothing more to do to a closed item");
    await(() -> table.getItems().stream().anyMatch(i -> i.id().equals(item.id()) && i.status().equals("completed")));
  }

  @Test
  void claimThenCorrectShowsTheNewValue(FxRobot robot) throws Exception {
    ReviewItem item = ReviewFixtures.itemWithEvent(api, ws);
    openReviews(robot, "olga@opspage.test", item.id());
    awaitNode(robot, "#review-claim");
    robot.clickOn("#review-claim");
    await(() -> text(robot, "#review-detail").contains("(held by you)"));
    TextField medication = robot.lookup("#review-correct-medication").queryAs(TextField.class);
    assertEquals("lisinopril 10 mg", medication.getText());
    robot.interact(medication::clear);
    robot.clickOn("#review-correct-medication").write("lisinopril 20 mg");
    robot.clickOn("#review-correct");
    await(() -> text(robot, "#review-detail").contains("Corrected to: medication = lisinopril 20 mg"));
    assertTrue(text(robot, "#review-detail").contains("— corrected"));
  }

  @Test
  void aViewerSeesThePageReadOnly(FxRobot robot) throws Exception {
    ReviewItem item = ReviewFixtures.item(api, ws);
    ConsoleFixture.signIn(robot, "viewer@opspage.test");
    robot.clickOn("#nav-operators");
    awaitNode(robot, "#ops-roster");
    TableView<?> roster = robot.lookup("#ops-roster").queryTableView();
    await(() -> !roster.getItems().isEmpty());
    for (String control : List.of("#ops-join", "#ops-leave", "#ops-takeover", "#ops-send-guidance", "#ops-wrap-up",
        "#ops-add")) {
      assertTrue(robot.lookup(control).tryQuery().isEmpty(), control);
    }
    openReviewTab(robot, item.id());
    await(() -> text(robot, "#review-detail").contains("low confidence"));
    for (String control : List.of("#review-claim", "#review-approve", "#review-reject", "#review-correct")) {
      assertTrue(robot.lookup(control).tryQuery().isEmpty(), control);
    }
    assertFalse(ConsoleFixture.text(robot, "#shell-notice").contains("Exception"));
  }

  private static TableView<ReviewItemResponse> openReviews(FxRobot robot, String email, UUID item) throws Exception {
    ConsoleFixture.signIn(robot, email);
    robot.clickOn("#nav-operators");
    awaitNode(robot, "#operators-tabs");
    return openReviewTab(robot, item);
  }

  private static TableView<ReviewItemResponse> openReviewTab(FxRobot robot, UUID item) throws Exception {
    robot.clickOn("Review queue");
    awaitNode(robot, "#review-table");
    TableView<ReviewItemResponse> table = robot.lookup("#review-table").queryTableView();
    await(() -> table.getItems().stream().anyMatch(i -> i.id().equals(item)));
    robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
        .filter(i -> i.id().equals(item)).findFirst().orElseThrow()));
    await(() -> !text(robot, "#review-detail").startsWith("Select"));
    return table;
  }
}
