package dev.wsconsole.desktop.settings;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Settings page against the real backend: voice sign-in and its threshold, retention rules, test callers. */
@ExtendWith(ApplicationExtension.class)
class SettingsPageTest {
  private static TestApi api;
  private static UUID ws;
  private static String ownerToken;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("settings_page");
    UUID owner = api.user("owner@settings.test");
    ws = api.workspace("settings-prod", Environment.PRODUCTION, owner);
    api.member(ws, api.user("viewer@settings.test"), Role.VIEWER);
    ownerToken = api.signIn("owner@settings.test");
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
  void anOwnerTurnsOnVoiceSignInAndSeesRetentionRulesEnforced(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@settings.test");
    robot.clickOn("#nav-settings");
    awaitNode(robot, "#settings-security-voice-auth-threshold");
    TextField threshold = robot.lookup("#settings-security-voice-auth-threshold").queryAs(TextField.class);
    await(() -> !threshold.getText().isEmpty());
    CheckBox enabled = robot.lookup("#settings-security-voice-auth-enabled").queryAs(CheckBox.class);
    robot.interact(() -> {
      enabled.setSelected(true);
      threshold.setText("0.72");
    });
    robot.clickOn("#settings-security-save");
    await(() -> text(robot, "#settings-message").equals("Saved security settings."));
    var security = api.get("/v1/" + ws + "/settings/security", ownerToken).json();
    assertTrue(security.get("voice_auth_enabled").asBoolean());
    assertEquals(0.72, security.get("voice_auth_threshold").asDouble(), 1e-9);

    TextField auditDays = robot.lookup("#settings-retention-audit-log-days").queryAs(TextField.class);
    robot.interact(() -> auditDays.setText("400"));
    fire(robot, "#settings-retention-save");
    await(() -> !text(robot, "#shell-notice").isEmpty());
    assertTrue(text(robot, "#shell-notice").contains("2190"), text(robot, "#shell-notice"));
    assertEquals(2190, api.get("/v1/" + ws + "/settings/retention", ownerToken).json().get("audit_log_days").asInt());

    TextArea callers = robot.lookup("#settings-test-callers").queryAs(TextArea.class);
    robot.interact(() -> callers.setText("+15551230001\n+15551230002"));
    fire(robot, "#settings-test-callers-save");
    await(() -> text(robot, "#settings-message").equals("Saved 2 test caller numbers."));
    assertEquals(2, api.get("/v1/workspaces/" + ws + "/test-caller-numbers", ownerToken).json().get("numbers").size());
  }

  @Test
  void aViewerSeesTheSettingsButCannotChangeThem(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@settings.test");
    robot.clickOn("#nav-settings");
    awaitNode(robot, "#settings-security-voice-auth-enabled");
    assertTrue(robot.lookup("#settings-security-voice-auth-enabled").query().isDisabled());
    assertTrue(robot.lookup("#settings-security-save").tryQuery().isEmpty());
    assertTrue(robot.lookup("#settings-retention-save").tryQuery().isEmpty());
    assertTrue(robot.lookup("#settings-test-callers-save").tryQuery().isEmpty());
  }

  /** Presses a button that may sit below the fold of the scrolling page. */
  private static void fire(FxRobot robot, String query) {
    javafx.scene.control.Button button = robot.lookup(query).queryButton();
    robot.interact(button::fire);
  }
}
