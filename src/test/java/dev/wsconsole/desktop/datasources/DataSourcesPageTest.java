package dev.wsconsole.desktop.datasources;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.DataSourceViews;
import dev.wsconsole.testing.FhirDropBundles;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** The Data sources page in the console window, against the real backend and a real FHIR file-drop sync. */
@ExtendWith(ApplicationExtension.class)
class DataSourcesPageTest {
  private static TestApi api;
  private static java.nio.file.Path importsRoot;
  private static UUID ws;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("datasources_page");
    importsRoot = FhirDropBundles.useTemporaryImportsRoot(api);
    UUID owner = api.user("owner@dspage.test");
    ws = api.workspace("ds-page", Environment.DEVELOPMENT, owner);
    api.member(ws, api.user("viewer@dspage.test"), Role.VIEWER);
    SafetyFixtures.dataSource(api, ws, owner);
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
  void createADropFolderSourceSyncItWithProgressAndSeeItsHistory(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@dspage.test");
    robot.clickOn("#nav-datasources");
    awaitNode(robot, "#ds-save");
    TableView<DataSourceViews.View> table = robot.lookup("#ds-table").queryTableView();
    await(() -> table.getItems().size() == 1);
    robot.clickOn("#ds-name").write("clinic-drop");
    robot.interact(() -> robot.lookup("#ds-drop-folder").queryAs(TextField.class).setText("relative/folder"));
    robot.clickOn("#ds-save");
    await(() -> ConsoleFixture.text(robot, "#shell-notice").contains("absolute folder path"));
    assertEquals(1, table.getItems().size());

    String drop = FhirDropBundles.stage(importsRoot, ws).toString();
    robot.interact(() -> robot.lookup("#ds-drop-folder").queryAs(TextField.class).setText(drop));
    robot.clickOn("#ds-save");
    await(() -> table.getItems().size() == 2 && table.getSelectionModel().getSelectedItem() != null
        && "clinic-drop".equals(table.getSelectionModel().getSelectedItem().name()));
    List<String> progress = new CopyOnWriteArrayList<>();
    robot.interact(() -> robot.lookup("#ds-sync-progress-text").queryAs(Label.class).textProperty()
        .addListener((o, was, now) -> progress.add(now)));
    robot.clickOn("#ds-sync");
    await(() -> ConsoleFixture.text(robot, "#ds-sync-outcome").startsWith("Sync succeeded: 10 imported, 1 failed"));
    assertTrue(progress.get(0).startsWith("Starting a sync of clinic-drop"), progress.toString());
    assertEquals("", ConsoleFixture.text(robot, "#ds-sync-progress-text"));
    ListView<String> errors = robot.lookup("#ds-sync-errors").queryListView();
    assertTrue(errors.isVisible() && errors.getItems().get(0).startsWith("Patient/p-bad"), errors.getItems().toString());
    TableView<DataSourceViews.Run> history = robot.lookup("#ds-history").queryTableView();
    await(() -> history.getItems().size() == 1);
    assertEquals("success", history.getItems().get(0).status());
    assertEquals("1–1 of 1", ConsoleFixture.text(robot, "#ds-history-page-label"));
    assertEquals("Sync history of clinic-drop", ConsoleFixture.text(robot, "#ds-history-title"));
    await(() -> "success".equals(table.getSelectionModel().getSelectedItem().lastSyncStatus()));
  }

  @Test
  void aViewerSeesSourcesAndHistoryButNoEditOrSyncControls(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@dspage.test");
    robot.clickOn("#nav-datasources");
    awaitNode(robot, "#ds-table");
    TableView<DataSourceViews.View> table = robot.lookup("#ds-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    assertTrue(robot.lookup("#ds-form").tryQuery().isEmpty());
    assertTrue(robot.lookup("#ds-sync").tryQuery().isEmpty());
    assertTrue(robot.lookup("#ds-delete").tryQuery().isEmpty());
    robot.interact(() -> table.getSelectionModel().select(0));
    await(() -> ConsoleFixture.text(robot, "#ds-history-title").startsWith("Sync history of "));
    await(() -> "None".equals(ConsoleFixture.text(robot, "#ds-history-page-label")));
    assertFalse(ConsoleFixture.text(robot, "#shell-notice").contains("Exception"));
  }
}
