package dev.wsconsole.desktop;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.app.Connection;
import dev.wsconsole.desktop.app.LaunchPlan;
import dev.wsconsole.desktop.signin.FirstRun;
import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.TestApi;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An existing data folder (an account known): the sign-in form is usable while the backend starts, a
 * submit waits for it, a failed start is said on the form, and a wrong hint falls back to first run.
 */
@ExtendWith(ApplicationExtension.class)
class EarlySignInTest {
  private static TestApi api;
  private final ConsoleFixture console = new ConsoleFixture();
  private final CountDownLatch backendMayStart = new CountDownLatch(1);
  private final AtomicBoolean failStart = new AtomicBoolean();
  private final AtomicBoolean noAccountAfterAll = new AtomicBoolean();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("early_sign_in");
    api.workspace("early-clinic", Environment.DEVELOPMENT, api.user("owner@early.test"));
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Start
  void start(Stage stage) {
    FirstRun firstRun = new FirstRun(noAccountAfterAll::get, (email, password) -> { });
    LaunchPlan plan = new LaunchPlan("Starting the embedded database", () -> {
      backendMayStart.await(30, TimeUnit.SECONDS);
      if (failStart.get()) {
        throw new java.io.IOException("the data folder is locked by another console");
      }
      return new Connection(api.baseUrl(), firstRun, () -> { });
    }, null, true);
    console.show(stage, plan, null);
  }

  @AfterEach
  void cleanUp() throws Exception {
    backendMayStart.countDown();
    console.close();
  }

  @Test
  void theFormIsUsableAtOnceAndASubmitWaitsForTheBackend(FxRobot robot) throws Exception {
    awaitNode(robot, "#signin-email");
    assertEquals("Workspace Console — Sign in (backend starting)", console.window.titleProperty().get());
    assertTrue(text(robot, "#signin-backend").startsWith("Starting the embedded database…"));
    robot.clickOn("#signin-email").write("owner@early.test");
    robot.clickOn("#signin-password").write(TestApi.PASSWORD);
    robot.clickOn("#signin-submit");
    await(() -> text(robot, "#signin-message").startsWith("Waiting for the backend to start"));
    assertTrue(robot.lookup("#signin-submit").queryAs(Button.class).isDisabled(), "no second submit while waiting");
    assertTrue(robot.lookup("#shell").tryQuery().isEmpty());
    backendMayStart.countDown();
    awaitNode(robot, "#shell-role");
    await(() -> text(robot, "#shell-role").equals("Role: owner"));
  }

  @Test
  void theTitleLosesItsNoteOnceTheBackendAnswers(FxRobot robot) throws Exception {
    awaitNode(robot, "#signin-email");
    backendMayStart.countDown();
    await(() -> "Workspace Console — Sign in".equals(console.window.titleProperty().get()));
    assertEquals("", text(robot, "#signin-backend"));
    assertFalse(robot.lookup("#signin-backend-progress").query().isVisible());
  }

  @Test
  void aFailedStartIsSaidOnTheFormAndASubmitGetsIt(FxRobot robot) throws Exception {
    awaitNode(robot, "#signin-email");
    failStart.set(true);
    robot.clickOn("#signin-email").write("owner@early.test");
    robot.clickOn("#signin-password").write(TestApi.PASSWORD);
    robot.clickOn("#signin-submit");
    backendMayStart.countDown();
    String said = "The backend did not start: the data folder is locked by another console";
    await(() -> text(robot, "#signin-backend").equals(said));
    await(() -> text(robot, "#signin-message").equals(said));
    assertEquals("Workspace Console — Sign in (backend failed to start)", console.window.titleProperty().get());
    assertFalse(robot.lookup("#signin-submit").queryAs(Button.class).isDisabled(), "the form stays usable");
  }

  @Test
  void whenTheDatabaseHasNoAccountAfterAllFirstRunTakesOver(FxRobot robot) throws Exception {
    awaitNode(robot, "#signin-email");
    noAccountAfterAll.set(true);
    backendMayStart.countDown();
    awaitNode(robot, "#firstrun-email");
    assertEquals("Workspace Console — First run", console.window.titleProperty().get());
  }
}
