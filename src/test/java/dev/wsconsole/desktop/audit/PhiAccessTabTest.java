package dev.wsconsole.desktop.audit;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.ConsoleFixture;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
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

/** The Audit page's PHI access and compliance tabs against the real backend: a real patient read shows up. */
@ExtendWith(ApplicationExtension.class)
class PhiAccessTabTest {
  private static TestApi api;
  private static UUID patient;
  private static String readRequest;

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("phi_tab");
    UUID owner = api.user("owner@phitab.test");
    UUID ws = api.workspace("phi-tab", Environment.PRODUCTION, owner);
    UUID nurse = api.user("nurse@phitab.test");
    api.member(ws, nurse, Role.VIEWER);
    patient = api.backend.world().ensureEntity(ws, "patient", "Patient/tab", "Tab Patient");
    TestApi.Answer read = api.get("/v1/" + ws + "/world/entities/" + patient, api.key(ws, nurse, Role.VIEWER));
    assertEquals(200, read.status(), read.text());
    readRequest = read.header("x-request-id");
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private final ConsoleFixture console = new ConsoleFixture();

  @Start
  void start(Stage stage) {
    console.show(stage, api, null, null, null);
  }

  @AfterEach
  void cleanUp() throws Exception {
    console.close();
  }

  @Test
  void thePhiTabListsARealReadAndTheComplianceTabSummarisesIt(FxRobot robot) throws Exception {
    ConsoleFixture.signIn(robot, "owner@phitab.test");
    robot.clickOn("#nav-audit");
    awaitNode(robot, "#audit-table");
    robot.clickOn("PHI access");
    awaitNode(robot, "#phi-table");
    TableView<AuditResponses.Event> table = robot.lookup("#phi-table").queryTableView();
    await(() -> !table.getItems().isEmpty());
    AuditResponses.Event read = table.getItems().get(0);
    assertEquals("entity.read", read.action());
    assertEquals(patient.toString(), read.resourceId());
    assertTrue(read.phiAccessed());
    assertEquals(readRequest, read.metadata().get("request_id"));
    assertEquals("1 × entity", PhiAccessViewModel.records(read));

    TextField record = robot.lookup("#phi-record").queryAs(TextField.class);
    robot.interact(() -> record.setText(UUID.randomUUID().toString()));
    robot.clickOn("#phi-apply");
    await(() -> table.getItems().isEmpty());
    robot.interact(() -> record.setText(patient.toString()));
    robot.clickOn("#phi-apply");
    await(() -> table.getItems().size() == 1);

    robot.clickOn("Compliance");
    await(() -> text(robot, "#compliance-status").equals("HIPAA: compliant"));
    await(() -> text(robot, "#compliance-summary").contains("1 reads of 1 records by 1 accounts"));
    TableView<Map<String, Object>> keys = robot.lookup("#compliance-credentials").queryTableView();
    await(() -> keys.getItems().size() == 1);
  }
}
