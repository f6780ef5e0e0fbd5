package dev.wsconsole.desktop.apikeys;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.ApiKeyResponses;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The API keys page in the console window, against the real backend. */
@ExtendWith(ApplicationExtension.class)
class ApiKeysPageTest {
  private static TestApi api;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("apikeys_page");
    UUID owner = api.user("owner@keyspage.test");
    UUID ws = api.workspace("keys-page", Environment.DEVELOPMENT, owner);
    api.member(ws, api.user("viewer@keyspage.test"), Role.VIEWER);
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
  void createShowsTheSecretOnceWithACopyButtonThenRotateAndRevoke(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@keyspage.test");
    robot.clickOn("#nav-apikeys");
    awaitNode(robot, "#apikeys-create");
    robot.clickOn("#apikeys-name").write("Scheduler");
    ComboBox<String> role = robot.lookup("#apikeys-role").queryComboBox();
    robot.interact(() -> role.setValue("operator"));
    robot.clickOn("#apikeys-create");
    TextField secret = robot.lookup("#apikeys-secret").queryAs(TextField.class);
    await(() -> !secret.getText().isEmpty());
    assertEquals(200, api.get("/v1/auth/me", secret.getText()).status());
    robot.clickOn("#apikeys-copy");
    String copied = readClipboard();
    assertEquals(secret.getText(), copied);
    String first = secret.getText();
    robot.clickOn("#apikeys-secret-done");
    await(() -> !robot.lookup("#apikeys-secret-pane").query().isVisible());

    TableView<ApiKeyResponses.View> table = robot.lookup("#apikeys-table").queryTableView();
    await(() -> table.getItems().stream().anyMatch(k -> "Scheduler".equals(k.name()) && k.role().wireName().equals("operator")));
    robot.interact(() -> table.getSelectionModel().select(
        table.getItems().stream().filter(k -> "Scheduler".equals(k.name())).findFirst().orElseThrow()));
    robot.clickOn("#apikeys-rotate");
    await(() -> !secret.getText().isEmpty() && !secret.getText().equals(first));
    assertEquals(401, api.get("/v1/auth/me", first).status());
    String rotated = secret.getText();
    robot.clickOn("#apikeys-secret-done");
    robot.interact(() -> table.getSelectionModel().select(
        table.getItems().stream().filter(k -> "Scheduler".equals(k.name())).findFirst().orElseThrow()));
    robot.clickOn("#apikeys-revoke");
    assertEquals("Confirm revoke?", robot.lookup("#apikeys-revoke").queryButton().getText());
    assertEquals(200, api.get("/v1/auth/me", rotated).status(), "one press must not revoke");
    robot.clickOn("#apikeys-revoke");
    await(() -> table.getItems().stream().noneMatch(k -> "Scheduler".equals(k.name())));
    assertEquals(401, api.get("/v1/auth/me", rotated).status());
  }

  @Test
  void aViewerSeesNeitherTheApiKeysPageNorAnyEditControl(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@keyspage.test");
    awaitNode(robot, "#overview-page");
    assertTrue(robot.lookup("#nav-apikeys").tryQuery().isEmpty(), "viewer sees the API keys page");
    assertTrue(robot.lookup("#apikeys-create").tryQuery().isEmpty());
    assertEquals("Role: viewer", ConsoleFixture.text(robot, "#shell-role"));
  }

  private static String readClipboard() throws Exception {
    return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
  }
}
