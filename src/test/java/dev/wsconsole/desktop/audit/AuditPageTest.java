package dev.wsconsole.desktop.audit;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.testing.TestApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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

/** The Audit log page against the real backend: filter, verify the chain, export. */
@ExtendWith(ApplicationExtension.class)
class AuditPageTest {
  private static TestApi api;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("audit_page");
    UUID owner = api.user("owner@auditpage.test");
    UUID ws = api.workspace("audit-page", Environment.PRODUCTION, owner);
    for (int i = 0; i < 3; i++) {
      api.key(ws, owner, Role.VIEWER);
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
  void filteringVerifyingAndExportingTheAuditLog(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@auditpage.test");
    robot.clickOn("#nav-audit");
    awaitNode(robot, "#audit-table");
    TableView<AuditResponses.Event> table = robot.lookup("#audit-table").queryTableView();
    await(() -> table.getItems().size() >= 4);
    robot.clickOn("#audit-action").write("api_key.create");
    robot.clickOn("#audit-apply");
    await(() -> text(robot, "#audit-page-label").equals("1–3 of 3"));
    assertTrue(table.getItems().stream().allMatch(e -> e.action().equals("api_key.create")));
    robot.clickOn("#audit-verify");
    await(() -> text(robot, "#audit-verdict").startsWith("Chain intact: "));
    Path file = Files.createTempFile("audit-page", ".ndjson");
    TextField target = robot.lookup("#audit-export-file").queryAs(TextField.class);
    robot.interact(() -> target.setText(file.toString()));
    robot.clickOn("#audit-export");
    await(() -> text(robot, "#audit-message").startsWith("Exported 3 entries"));
    assertTrue(Files.readString(file).contains("api_key.create"));
    Files.delete(file);
  }
}
