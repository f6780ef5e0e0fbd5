package dev.wsconsole.desktop.settings;

import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
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

/** Any member, even a viewer, can open voice enrolment from the Settings page. */
@ExtendWith(ApplicationExtension.class)
class EnrolMyVoiceTest {
  private static TestApi api;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("enrol_my_voice");
    UUID owner = api.user("owner@enrol-voice.test");
    UUID ws = api.workspace("enrol-voice", Environment.STAGING, owner);
    api.member(ws, api.user("viewer@enrol-voice.test"), Role.VIEWER);
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
  void aViewerOpensVoiceEnrolmentFromSettings(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@enrol-voice.test");
    robot.clickOn("#nav-settings");
    awaitNode(robot, "#settings-voice-enrol");
    robot.clickOn("#settings-voice-enrol");
    awaitNode(robot, "#enrol-passage");
    assertEquals("Passage 1 of 3", text(robot, "#enrol-counter"));
    robot.clickOn("#enrol-close");
  }
}
