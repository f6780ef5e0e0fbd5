package dev.wsconsole.desktop.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.wire.WorkspaceView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** The Isolation page opened from the console's sidebar after a real sign-in. */
@ExtendWith(ApplicationExtension.class)
class IsolationInShellTest {
  private static TwoClinics clinics;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    clinics = new TwoClinics("shell");
  }

  @AfterAll
  static void stopBackend() throws Exception {
    clinics.close();
  }

  @Start
  void start(Stage stage) {
    console.show(stage, clinics.api, null, null, null);
  }

  @AfterEach
  void cleanUp() throws Exception {
    console.close();
  }

  @Test
  void theSidebarOpensTheDiagramAndTheCheckRunsThroughTheCurrentWorkspace(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner-shell@clinic.test");
    ComboBox<WorkspaceView> switcher = robot.lookup("#shell-workspace").queryComboBox();
    WorkspaceView south = switcher.getItems().stream().filter(w -> w.id().equals(clinics.south)).findFirst().orElseThrow();
    robot.interact(() -> switcher.setValue(south));
    ConsoleFixture.await(() -> ConsoleFixture.text(robot, "#shell-env-badge").equals("DEVELOPMENT"));
    robot.clickOn("#nav-isolation");
    String southSources = "#" + DiagramIds.node(DiagramIds.workspace(clinics.south), ResourceKind.DATA_SOURCES) + "_count";
    ConsoleFixture.awaitNode(robot, southSources);
    assertEquals("3 sources", robot.lookup(southSources).queryAs(Label.class).getText());
    ConsoleFixture.assertShows(robot, "#" + DiagramIds.workspace(clinics.north) + "_badge");
    assertTrue(robot.lookup("#" + DiagramIds.workspace(clinics.stranger)).tryQuery().isEmpty());
    robot.clickOn("#isolation-prove");
    TableView<?> table = robot.lookup("#isolation-verdicts").queryAs(TableView.class);
    ConsoleFixture.await(() -> !table.getItems().isEmpty());
    String summary = ConsoleFixture.text(robot, "#isolation-check-summary");
    assertTrue(summary.startsWith("ISOLATION HOLDS") && summary.contains("checked through Clinic south-shell"), summary);
  }
}
