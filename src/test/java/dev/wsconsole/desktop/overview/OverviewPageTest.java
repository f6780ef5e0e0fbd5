package dev.wsconsole.desktop.overview;

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

/** The Overview page: counts, the environment's policies and recent audit activity from the real backend. */
@ExtendWith(ApplicationExtension.class)
class OverviewPageTest {
  private static TestApi api;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("overview_page");
    UUID owner = api.user("owner@overview.test");
    UUID ws = api.workspace("overview-prod", Environment.PRODUCTION, owner);
    api.member(ws, api.user("a@overview.test"), Role.MEMBER);
    api.member(ws, api.user("b@overview.test"), Role.VIEWER);
    api.key(ws, owner, Role.MEMBER);
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
  void theOverviewCountsMembersAndKeysAndShowsTheProductionPolicies(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@overview.test");
    awaitNode(robot, "#overview-members");
    await(() -> text(robot, "#overview-members").equals("3"));
    assertEquals("1", text(robot, "#overview-apikeys"));
    assertEquals("0", text(robot, "#overview-services"));
    assertEquals("Environment: production", text(robot, "#overview-environment"));
    ListView<String> policies = robot.lookup("#overview-policies").queryListView();
    assertTrue(policies.getItems().contains("Sessions lock after 15 min idle"), policies.getItems().toString());
    assertTrue(policies.getItems().contains("HITRUST controls on"));
    ListView<String> activity = robot.lookup("#overview-activity").queryListView();
    await(() -> activity.getItems().stream().anyMatch(line -> line.contains("auth.login")));
  }
}
