package dev.wsconsole.desktop.phones;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.desktop.client.ServicesApi.Choice;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.ConfigFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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

/** The phone numbers page in the console window, against the real backend. */
@ExtendWith(ApplicationExtension.class)
class PhoneNumbersPageTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID service;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("phones_page");
    UUID owner = api.user("owner@phonespage.test");
    ws = api.workspace("phones-page", Environment.DEVELOPMENT, owner);
    api.member(ws, api.user("viewer@phonespage.test"), Role.VIEWER);
    service = ConfigFixtures.service(api, ws, api.signIn("owner@phonespage.test"));
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
  void addRoutedNumberShowsTheServersRefusalsThenDelete(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@phonespage.test");
    robot.clickOn("#nav-phones");
    awaitNode(robot, "#phones-add");
    ComboBox<Choice> picker = robot.lookup("#phones-service").queryComboBox();
    await(() -> !picker.getItems().isEmpty());
    robot.interact(() -> picker.setValue(picker.getItems().get(0)));
    robot.clickOn("#phones-number").write("+14155550100");
    robot.clickOn("#phones-add");
    TableView<PhoneNumber> table = robot.lookup("#phones-table").queryTableView();
    await(() -> table.getItems().stream().anyMatch(n -> "+14155550100".equals(n.phoneNumber())));
    PhoneNumber added = table.getItems().get(0);
    assertEquals(service, added.inboundServiceId());

    robot.clickOn("#phones-add");
    String token = api.signIn("owner@phonespage.test");
    TestApi.Answer again = api.post("/v1/" + ws + "/phone-numbers", token, Map.of("phone_number", "+14155550100"));
    assertEquals(409, again.status());
    await(() -> ConsoleFixture.text(robot, "#shell-notice").contains(again.json().get("detail").asText()));
    assertEquals(1, table.getItems().size());

    TextField number = robot.lookup("#phones-number").queryAs(TextField.class);
    robot.interact(() -> number.setText("555-0100"));
    robot.clickOn("#shell-notice-dismiss");
    robot.clickOn("#phones-add");
    await(() -> !ConsoleFixture.text(robot, "#shell-notice").isBlank());
    assertFalse(ConsoleFixture.text(robot, "#shell-notice").contains("Exception"));
    assertEquals(1, table.getItems().size());

    robot.interact(() -> table.getSelectionModel().select(added));
    robot.clickOn("#phones-delete");
    robot.clickOn("#phones-delete");
    await(() -> table.getItems().isEmpty());
    assertEquals(404, api.get("/v1/" + ws + "/phone-numbers/" + added.id(), token).status());
  }

  @Test
  void aViewerSeesTheNumbersButNoEditControl(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@phonespage.test");
    robot.clickOn("#nav-phones");
    awaitNode(robot, "#phones-table");
    assertTrue(robot.lookup("#phones-add").tryQuery().isEmpty());
    assertTrue(robot.lookup("#phones-delete").tryQuery().isEmpty());
  }
}
