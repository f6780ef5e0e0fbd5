package dev.wsconsole.desktop.environment;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Environment page: check, the server's warnings, type the slug, convert. */
@ExtendWith(ApplicationExtension.class)
class EnvironmentPageTest {
  private static TestApi api;
  private static UUID ws;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("environment_page");
    ws = api.workspace("env-page", Environment.DEVELOPMENT, api.user("owner@envpage.test"));
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
  void convertingToProductionShowsTheWarningsAndNeedsTheTypedSlug(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@envpage.test");
    robot.clickOn("#nav-environment");
    awaitNode(robot, "#environment-check");
    ComboBox<Environment> target = robot.lookup("#environment-target").queryComboBox();
    robot.interact(() -> target.setValue(Environment.PRODUCTION));
    robot.clickOn("#environment-check");
    ListView<String> warnings = robot.lookup("#environment-warnings").queryListView();
    await(() -> !warnings.getItems().isEmpty());
    assertTrue(warnings.getItems().stream().anyMatch(w -> w.toLowerCase().contains("idle")), warnings.getItems().toString());
    Button convert = robot.lookup("#environment-convert").queryButton();
    assertTrue(convert.isDisabled());
    robot.clickOn("#environment-slug").write("env-pag");
    assertTrue(convert.isDisabled(), "a wrong slug must not convert");
    robot.write("e");
    await(() -> !convert.isDisabled());
    robot.clickOn("#environment-convert");
    await(() -> text(robot, "#shell-env-badge").equals("PRODUCTION"));
    assertEquals(Environment.PRODUCTION, api.backend.directory().get(ws).orElseThrow().environment());
  }
}
