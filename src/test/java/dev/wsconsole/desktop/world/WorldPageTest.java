package dev.wsconsole.desktop.world;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.WorldViews;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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

/** The World model page in the console window: search, an entity's fields and timeline, relationship navigation. */
@ExtendWith(ApplicationExtension.class)
class WorldPageTest {
  private static TestApi api;
  private static WorldFixture world;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("world_page");
    UUID owner = api.user("owner@worldpage.test");
    UUID ws = api.workspace("world-page", Environment.DEVELOPMENT, owner);
    api.member(ws, api.user("viewer@worldpage.test"), Role.VIEWER);
    world = WorldFixture.write(api, ws);
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
  void searchOpenTimelineWithSupersededThenFollowARelationshipAndComeBack(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@worldpage.test");
    robot.clickOn("#nav-world");
    awaitNode(robot, "#world-query");
    await(() -> ConsoleFixture.text(robot, "#world-dashboard").startsWith("2 entities · 4 events"));
    TableView<WorldViews.Entity> entities = robot.lookup("#world-entities").queryTableView();
    await(() -> entities.getItems().size() == 2);
    robot.clickOn("#world-query").write("quinn").type(KeyCode.ENTER);
    await(() -> entities.getItems().size() == 1);
    robot.interact(() -> entities.getSelectionModel().select(0));
    await(() -> ConsoleFixture.text(robot, "#world-entity-name").startsWith(WorldFixture.PATIENT));

    TableView<WorldViews.Field> fields = robot.lookup("#world-fields").queryTableView();
    await(() -> fields.getItems().stream().anyMatch(f -> f.field().equals("phone") && "front_desk".equals(f.source())));
    TableView<WorldViews.Event> timeline = robot.lookup("#world-timeline").queryTableView();
    await(() -> timeline.getItems().size() == 3);
    await(() -> robot.lookup("#world-timeline .table-row-cell.superseded").queryAll().size() == 1);
    TableRow<?> struck = robot.lookup("#world-timeline .table-row-cell.superseded").query();
    assertEquals(world.wrongPhone(), ((WorldViews.Event) struck.getItem()).id());

    ListView<WorldViewModel.Related> related = robot.lookup("#world-relationships").queryListView();
    await(() -> related.getItems().size() == 1);
    javafx.scene.Node firstCell = robot.lookup("#world-relationships .list-cell").nth(0).query();
    assertEquals("attended_by → " + WorldFixture.PRACTITIONER + " (practitioner)",
        ((javafx.scene.control.ListCell<?>) firstCell).getText());
    robot.clickOn(firstCell);
    await(() -> ConsoleFixture.text(robot, "#world-entity-name").startsWith(WorldFixture.PRACTITIONER));
    await(() -> timeline.getItems().size() == 1 && timeline.getItems().get(0).eventType().equals("practitioner.registered"));
    robot.clickOn("#world-back");
    await(() -> ConsoleFixture.text(robot, "#world-entity-name").startsWith(WorldFixture.PATIENT));
    assertTrue(robot.lookup("#world-back").query().isDisabled());

    await(() -> related.getItems().size() == 1);
    robot.interact(() -> {
      related.requestFocus();
      related.getSelectionModel().select(0);
    });
    robot.type(KeyCode.ENTER);
    await(() -> ConsoleFixture.text(robot, "#world-entity-name").startsWith(WorldFixture.PRACTITIONER));
  }
}
