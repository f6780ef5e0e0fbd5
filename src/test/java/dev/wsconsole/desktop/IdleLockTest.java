package dev.wsconsole.desktop;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.TestApi;
import java.time.Duration;
import java.util.UUID;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console locks after the idle timeout, forgets what it showed and asks to sign in again. */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
  private static TestApi api;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("idle_lock");
    UUID owner = api.user("owner@idle.test");
    api.workspace("idle-prod", Environment.PRODUCTION, owner);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Start
  void start(Stage stage) {
    console.show(stage, api, null, null, Duration.ofSeconds(2));
  }

  @AfterEach
  void cleanUp() throws Exception {
    console.close();
  }

  @Test
  void anIdleConsoleLocksAndClearsTheShell(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@idle.test");
    awaitNode(robot, "#overview-page");
    awaitNode(robot, "#signin-email");
    await(() -> text(robot, "#signin-message").contains("idle timeout"));
    assertTrue(robot.lookup("#shell").tryQuery().isEmpty());
    assertTrue(robot.lookup("#overview-page").tryQuery().isEmpty());
    assertNull(console.window.shell());
  }
}
