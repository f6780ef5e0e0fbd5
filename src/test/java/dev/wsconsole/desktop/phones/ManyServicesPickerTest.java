package dev.wsconsole.desktop.phones;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.desktop.client.ServicesApi.Choice;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
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

/** Pickers offer every item, not the server's first page of 20: 50 services, 25 agents and 25 context graphs. */
@ExtendWith(ApplicationExtension.class)
class ManyServicesPickerTest {
  private static TestApi api;
  private static UUID fiftieth;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("many_services");
    UUID ws = api.workspace("many-services", Environment.DEVELOPMENT, api.user("owner@many.test"));
    for (int i = 1; i <= 50; i++) {
      UUID id = TestPhoneNumbers.service(api, ws, String.format("Service %02d", i));
      if (i == 50) {
        fiftieth = id;
      }
    }
    for (int i = 0; i < 25; i++) {
      ConfigFixtures.agent(api, ws);
      ConfigFixtures.graph(api, ws);
    }
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
  void aNumberCanBeRoutedToTheFiftiethService(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@many.test");
    robot.clickOn("#nav-phones");
    awaitNode(robot, "#phones-add");
    ComboBox<Choice> picker = robot.lookup("#phones-service").queryComboBox();
    await(() -> picker.getItems().size() == 50);
    Choice last = picker.getItems().stream().filter(c -> c.id().equals(fiftieth)).findFirst().orElseThrow();
    assertEquals("Service 50", last.name());
    robot.interact(() -> picker.setValue(last));
    String e164 = TestPhoneNumbers.fresh();
    robot.clickOn("#phones-number").write(e164);
    robot.clickOn("#phones-add");
    TableView<PhoneNumber> table = robot.lookup("#phones-table").queryTableView();
    await(() -> table.getItems().stream().anyMatch(n -> e164.equals(n.phoneNumber())));
    PhoneNumber added = table.getItems().stream().filter(n -> e164.equals(n.phoneNumber())).findFirst().orElseThrow();
    assertEquals(fiftieth, added.inboundServiceId());
  }

  @Test
  void theServiceFormOffersEveryAgentAndContextGraph(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@many.test");
    robot.clickOn("#nav-services");
    awaitNode(robot, "#services-create");
    ComboBox<Choice> agents = robot.lookup("#services-agent").queryComboBox();
    ComboBox<Choice> graphs = robot.lookup("#services-graph").queryComboBox();
    await(() -> agents.getItems().size() == 25 && graphs.getItems().size() == 25);
    assertEquals(25, agents.getItems().stream().map(Choice::id).distinct().count());
  }
}
