package dev.wsconsole.desktop;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wsconsole.Main;
import dev.wsconsole.desktop.signin.FirstRun;
import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.TestApi;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** First run on an empty database: owner account, then the first workspace, then the shell. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {
  private static TestApi api;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("first_run");
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Start
  void start(Stage stage) {
    FirstRun firstRun = new FirstRun(() -> api.backend.users().count() == 0,
        (email, password) -> Main.createFirstOwner(api.backend, email, password));
    console.show(stage, api, firstRun, null, null);
  }

  @AfterEach
  void cleanUp() throws Exception {
    console.close();
  }

  @Test
  void anEmptyDatabaseLeadsThroughOwnerAndFirstWorkspaceIntoTheShell(FxRobot robot) throws Exception {
    awaitNode(robot, "#firstrun-email");
    robot.clickOn("#firstrun-email").write("founder@first.test");
    robot.clickOn("#firstrun-password").write("a long enough passphrase");
    robot.clickOn("#firstrun-password2").write("a different passphrase!");
    robot.clickOn("#firstrun-create-owner");
    await(() -> text(robot, "#firstrun-message").equals("The two passwords differ."));
    assertEquals(0, api.backend.users().count());
    var repeat = (javafx.scene.control.PasswordField) robot.lookup("#firstrun-password2").query();
    robot.interact(() -> repeat.setText("a long enough passphrase"));
    robot.clickOn("#firstrun-create-owner");
    awaitNode(robot, "#workspace-slug");
    robot.clickOn("#workspace-name").write("First Clinic");
    robot.clickOn("#workspace-slug").write("first-clinic");
    ComboBox<Environment> env = robot.lookup("#workspace-environment").queryComboBox();
    robot.interact(() -> env.setValue(Environment.PRODUCTION));
    robot.clickOn("#workspace-create");
    awaitNode(robot, "#shell-role");
    await(() -> text(robot, "#shell-role").equals("Role: owner"));
    assertEquals("PRODUCTION", text(robot, "#shell-env-badge"));
    assertEquals(1, api.backend.users().count());
  }

  @Test
  void theOwnerCanBeCreatedOnlyWhileNoAccountExists() throws Exception {
    try (TestApi taken = TestApi.start("first_run_taken")) {
      taken.user("someone@first.test");
      assertThrows(IllegalStateException.class,
          () -> Main.createFirstOwner(taken.backend, "late@first.test", "another long passphrase".toCharArray()));
      assertEquals(1, taken.backend.users().count());
    }
  }
}
