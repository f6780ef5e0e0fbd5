package dev.wsconsole.desktop;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.ComboBox;
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

/** The console window against the real backend: sign-in, the switcher's badges, the palette, theme, errors. */
@ExtendWith(ApplicationExtension.class)
class ConsoleShellTest {
  private static TestApi api;
  private static UUID prod;
  private static UUID dev;
  private static String memberKey;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("console_shell");
    UUID owner = api.user("owner@shell.test");
    prod = api.workspace("prod-shell", Environment.PRODUCTION, owner);
    dev = api.workspace("dev-shell", Environment.DEVELOPMENT, owner);
    memberKey = api.key(dev, owner, Role.MEMBER);
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
  void aWrongPasswordShowsTheServersDetailAndStaysOnSignIn(FxRobot robot) throws Exception {
    awaitNode(robot, "#signin-email");
    robot.clickOn("#signin-email").write("owner@shell.test");
    robot.clickOn("#signin-password").write("not the password at all");
    robot.clickOn("#signin-submit");
    await(() -> text(robot, "#signin-message").contains("Invalid email or password"));
    assertEquals("Invalid email or password.", text(robot, "#shell-notice"));
    assertTrue(robot.lookup("#shell").tryQuery().isEmpty());
  }

  @Test
  void signingInShowsTheWorkspacesWithProductionClearlyMarked(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@shell.test");
    ComboBox<WorkspaceView> switcher = robot.lookup("#shell-workspace").queryComboBox();
    assertEquals(2, switcher.getItems().size());
    assertEquals("Role: owner", text(robot, "#shell-role"));
    selectWorkspace(robot, prod);
    assertEquals("PRODUCTION", text(robot, "#shell-env-badge"));
    assertTrue(robot.lookup("#shell-env-badge").query().getStyleClass().contains("danger"));
    selectWorkspace(robot, dev);
    assertEquals("DEVELOPMENT", text(robot, "#shell-env-badge"));
    assertFalse(robot.lookup("#shell-env-badge").query().getStyleClass().contains("danger"));
  }

  @Test
  void ctrlKJumpsToAWorkspaceAndToAPage(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@shell.test");
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    awaitNode(robot, "#palette-query");
    await(() -> robot.lookup("#palette").query().isVisible());
    robot.write("prod-shell").press(KeyCode.ENTER).release(KeyCode.ENTER);
    await(() -> text(robot, "#shell-env-badge").equals("PRODUCTION"));
    assertFalse(robot.lookup("#palette").query().isVisible());
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    await(() -> robot.lookup("#palette").query().isVisible());
    robot.write("audit").press(KeyCode.ENTER).release(KeyCode.ENTER);
    awaitNode(robot, "#audit-page");
  }

  @Test
  void anApiKeyOpensOnlyItsWorkspaceWithItsRole(FxRobot robot) throws Exception {
    awaitNode(robot, "#signin-key");
    robot.clickOn("#signin-key").write(memberKey);
    robot.clickOn("#signin-key-submit");
    awaitNode(robot, "#shell-role");
    await(() -> text(robot, "#shell-role").equals("Role: member"));
    ComboBox<WorkspaceView> switcher = robot.lookup("#shell-workspace").queryComboBox();
    assertEquals(1, switcher.getItems().size());
    assertEquals(dev, switcher.getItems().get(0).id());
    assertTrue(robot.lookup("#nav-apikeys").tryQuery().isPresent());
    assertTrue(robot.lookup("#nav-environment").tryQuery().isEmpty(), "a member key may not convert");
  }

  @Test
  void theThemeChoiceIsRemembered(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@shell.test");
    boolean before = console.prefs.getBoolean("theme.dark", false);
    robot.clickOn("#shell-theme");
    assertEquals(!before, console.prefs.getBoolean("theme.dark", false));
    robot.clickOn("#shell-theme");
    assertEquals(before, console.prefs.getBoolean("theme.dark", false));
  }

  @Test
  void signingOutEndsTheSessionOnTheServer(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@shell.test");
    robot.clickOn("#shell-signout");
    awaitNode(robot, "#signin-email");
    assertEquals("Signed out.", text(robot, "#signin-message"));
    assertTrue(robot.lookup("#shell").tryQuery().isEmpty());
  }

  private void selectWorkspace(FxRobot robot, UUID id) throws Exception {
    ComboBox<WorkspaceView> switcher = robot.lookup("#shell-workspace").queryComboBox();
    WorkspaceView target = switcher.getItems().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    robot.interact(() -> switcher.setValue(target));
    await(() -> console.window.shell() != null && switcher.getValue() != null && switcher.getValue().id().equals(id)
        && text(robot, "#shell-env-badge").equals(target.environment().wireName().toUpperCase(java.util.Locale.ROOT)));
  }
}
