package dev.wsconsole.desktop.members;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Member;
import dev.wsconsole.model.Role;
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

/** The Members & roles page in the console window against the real backend. */
@ExtendWith(ApplicationExtension.class)
class MembersPageTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID carol;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("members_page");
    UUID owner = api.user("owner@memberspage.test");
    ws = api.workspace("members-page", Environment.STAGING, owner);
    carol = api.user("carol@memberspage.test");
    api.member(ws, carol, Role.MEMBER);
    api.member(ws, api.user("viewer@memberspage.test"), Role.VIEWER);
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
  void anOwnerChangesAMembersRoleFromTheTable(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@memberspage.test");
    robot.clickOn("#nav-members");
    awaitNode(robot, "#members-table");
    TableView<Member> table = robot.lookup("#members-table").queryTableView();
    await(() -> table.getItems().size() == 3);
    robot.interact(() -> table.getSelectionModel().select(
        table.getItems().stream().filter(m -> m.email().equals("carol@memberspage.test")).findFirst().orElseThrow()));
    ComboBox<String> role = robot.lookup("#members-role").queryComboBox();
    robot.interact(() -> role.setValue("operator"));
    robot.clickOn("#members-change-role");
    await(() -> table.getItems().stream().anyMatch(m -> m.email().equals("carol@memberspage.test")
        && m.role().wireName().equals("operator")));
    assertEquals(Role.OPERATOR, api.backend.memberships().roleOf(ws, carol).orElseThrow());
  }

  @Test
  void aViewerSeesTheMembersButNoEditControls(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "viewer@memberspage.test");
    robot.clickOn("#nav-members");
    awaitNode(robot, "#members-table");
    TableView<Member> table = robot.lookup("#members-table").queryTableView();
    await(() -> table.getItems().size() == 3);
    assertTrue(robot.lookup("#members-invite").tryQuery().isEmpty());
    assertTrue(robot.lookup("#members-change-role").tryQuery().isEmpty());
    assertTrue(robot.lookup("#members-remove").tryQuery().isEmpty());
    assertTrue(robot.lookup("#members-transfer").tryQuery().isEmpty());
  }
}
