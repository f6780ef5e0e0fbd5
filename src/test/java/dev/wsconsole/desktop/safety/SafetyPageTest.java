package dev.wsconsole.desktop.safety;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.model.wire.SafetyTemplateBodies;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The safety page in the console window, against the real backend. */
@ExtendWith(ApplicationExtension.class)
class SafetyPageTest {
  private static TestApi api;
  private static UUID ws;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("safety_page");
    UUID owner = api.user("owner@safetypage.test");
    ws = api.workspace("safety-page", Environment.DEVELOPMENT, owner);
    api.member(ws, api.user("viewer@safetypage.test"), Role.VIEWER);
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
  void applyingATemplateCreatesItsMonitorConceptsOnTheServer(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@safetypage.test");
    robot.clickOn("#nav-safety");
    awaitNode(robot, "#safety-apply");
    TableView<SafetyTemplateBodies.Template> templates = robot.lookup("#safety-templates").queryTableView();
    TableView<MonitorConcept> concepts = robot.lookup("#safety-concepts").queryTableView();
    await(() -> !templates.getItems().isEmpty());
    assertTrue(concepts.getItems().isEmpty());
    robot.interact(() -> templates.getSelectionModel().select(0));
    robot.clickOn("#safety-apply");
    await(() -> !concepts.getItems().isEmpty());
    assertTrue(ConsoleFixture.text(robot, "#safety-outcome").contains("created"));
    String token = api.signIn("owner@safetypage.test");
    int listed = api.get("/v1/" + ws + "/monitor-concepts?limit=20", token).json().get("items").size();
    assertEquals(Math.min(listed, 10), concepts.getItems().size());
  }

  @Test
  void aViewerSeesTheTemplatesButCannotApply(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@safetypage.test");
    robot.clickOn("#nav-safety");
    awaitNode(robot, "#safety-templates");
    assertTrue(robot.lookup("#safety-apply").tryQuery().isEmpty());
  }
}
