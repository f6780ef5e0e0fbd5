package dev.wsconsole.desktop.services;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.desktop.client.ServicesApi.Choice;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.ServiceResponses.ServiceView;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.ComboBox;
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

/** The services page in the console window, against the real backend. */
@ExtendWith(ApplicationExtension.class)
class ServicesPageTest {
  private static TestApi api;
  private static UUID ws;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("services_page");
    UUID owner = api.user("owner@servicespage.test");
    ws = api.workspace("services-page", Environment.DEVELOPMENT, owner);
    api.member(ws, api.user("viewer@servicespage.test"), Role.VIEWER);
    ConfigFixtures.agent(api, ws);
    ConfigFixtures.graph(api, ws);
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
  void createFromThePickersListsTheServiceOnTheServerThenDeleteRemovesIt(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@servicespage.test");
    robot.clickOn("#nav-services");
    awaitNode(robot, "#services-create");
    ComboBox<Choice> agent = robot.lookup("#services-agent").queryComboBox();
    ComboBox<Choice> graph = robot.lookup("#services-graph").queryComboBox();
    await(() -> agent.getValue() != null && graph.getValue() != null);
    robot.clickOn("#services-name").write("Front desk");
    robot.clickOn("#services-create");
    TableView<ServiceView> table = robot.lookup("#services-table").queryTableView();
    await(() -> table.getItems().stream().anyMatch(s -> "Front desk".equals(s.name())));
    ServiceView made = table.getItems().stream().filter(s -> "Front desk".equals(s.name())).findFirst().orElseThrow();
    assertEquals(agent.getValue().name(), made.agentName());
    String token = api.signIn("owner@servicespage.test");
    assertEquals(200, api.get("/v1/" + ws + "/services/" + made.id(), token).status());

    robot.interact(() -> table.getSelectionModel().select(made));
    robot.clickOn("#services-delete");
    assertEquals(200, api.get("/v1/" + ws + "/services/" + made.id(), token).status(), "one press must not delete");
    robot.clickOn("#services-delete");
    await(() -> table.getItems().stream().noneMatch(s -> "Front desk".equals(s.name())));
    assertEquals(404, api.get("/v1/" + ws + "/services/" + made.id(), token).status());
  }

  @Test
  void aViewerSeesTheServicesButNoEditControl(FxRobot robot) throws Exception {
    ConfigFixtures.service(api, ws, api.signIn("owner@servicespage.test"));
    ConsoleFixture.signIn(robot, "viewer@servicespage.test");
    robot.clickOn("#nav-services");
    awaitNode(robot, "#services-table");
    TableView<ServiceView> table = robot.lookup("#services-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    assertTrue(robot.lookup("#services-create").tryQuery().isEmpty());
    assertTrue(robot.lookup("#services-delete").tryQuery().isEmpty());
  }
}
