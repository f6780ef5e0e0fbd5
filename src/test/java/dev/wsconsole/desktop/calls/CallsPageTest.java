package dev.wsconsole.desktop.calls;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.testing.CallFixtures;
import dev.wsconsole.testing.OperatorFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** The Calls page in the console window, against the real backend. */
@ExtendWith(ApplicationExtension.class)
class CallsPageTest {
  private static TestApi api;
  private static UUID dev;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("calls_page");
    dev = api.workspace("calls-page", Environment.DEVELOPMENT, api.user("owner@callspage.test"));
    api.member(dev, api.user("viewer@callspage.test"), Role.VIEWER);
    api.member(dev, api.user("operator@callspage.test"), Role.OPERATOR);
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
  void simulateThenFilterAndOpenACallsTranscript(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@callspage.test");
    robot.clickOn("#nav-calls");
    awaitNode(robot, "#calls-simulate");
    TableView<CallViews.CallSummary> table = robot.lookup("#calls-table").queryTableView();
    await(() -> !text(robot, "#calls-page-label").isEmpty());
    long before = api.get("/v1/" + dev + "/calls?limit=1", api.signIn("owner@callspage.test")).json().get("total")
        .asLong();
    robot.clickOn("#calls-simulate");
    await(() -> text(robot, "#calls-sim-outcome").startsWith("Simulated 10 calls"));
    await(() -> text(robot, "#calls-page-label").equals("1–" + (before + 10) + " of " + (before + 10)));
    TableView<CallViews.ActiveSession> active = robot.lookup("#calls-active").queryTableView();
    await(() -> active.getItems().size() >= 2);

    ComboBox<String> status = robot.lookup("#calls-status").queryComboBox();
    robot.interact(() -> status.setValue("completed"));
    await(() -> !table.getItems().isEmpty() && table.getItems().stream().allMatch(c -> c.status().equals("completed")));
    CallViews.CallSummary first = table.getItems().get(0);
    robot.interact(() -> table.getSelectionModel().select(first));
    await(() -> text(robot, "#call-header").startsWith(first.callSid()));
    ListView<CallViews.Turn> turns = robot.lookup("#call-turns").queryListView();
    assertEquals(first.turns(), turns.getItems().size());
    assertTrue(TurnCell.text(turns.getItems().get(0)).contains("\nCaller: "), "the transcript shows who said what");
    TableView<CallViews.Participant> people = robot.lookup("#call-participants").queryTableView();
    assertEquals("caller", people.getItems().get(0).role());
  }

  @Test
  void aCallShowsTheOperatorSessionsOnIt(FxRobot robot) throws Exception {
    OperatorFixtures.OnCall joined = OperatorFixtures.onCall(api, dev);
    ConsoleFixture.signIn(robot, "operator@callspage.test");
    robot.clickOn("#nav-calls");
    awaitNode(robot, "#calls-active");
    assertTrue(robot.lookup("#calls-simulate").tryQuery().isEmpty(), "operators do not write simulated data");
    TableView<CallViews.ActiveSession> active = robot.lookup("#calls-active").queryTableView();
    await(() -> active.getItems().stream().anyMatch(s -> s.callSid().equals(joined.callSid())));
    robot.interact(() -> active.getSelectionModel().select(active.getItems().stream()
        .filter(s -> s.callSid().equals(joined.callSid())).findFirst().orElseThrow()));
    TableView<CallViews.Participant> people = robot.lookup("#call-participants").queryTableView();
    await(() -> people.getItems().stream().anyMatch(p -> p.role().equals("operator")));
    assertTrue(text(robot, "#call-header").contains("in-progress"));
  }

  @Test
  void aViewerSeesCallsButNoSimulator(FxRobot robot) throws Exception {
    CallFixtures.call(api, dev, false);
    ConsoleFixture.signIn(robot, "viewer@callspage.test");
    robot.clickOn("#nav-calls");
    awaitNode(robot, "#calls-table");
    TableView<CallViews.CallSummary> table = robot.lookup("#calls-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    assertTrue(robot.lookup("#calls-simulate").tryQuery().isEmpty());
    String later = CallFixtures.call(api, dev, false).callSid();
    robot.clickOn("#calls-table").press(KeyCode.F5).release(KeyCode.F5);
    await(() -> table.getItems().stream().anyMatch(c -> c.callSid().equals(later)));
  }
}
