package dev.wsconsole.desktop.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.wsconsole.desktop.client.IsolationApi;
import dev.wsconsole.desktop.client.JsonHttp;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Isolation page under headless TestFX, against the real backend with two workspaces. */
@ExtendWith(ApplicationExtension.class)
class IsolationPageTest {
  private static TwoClinics clinics;
  private ExecutorService background;
  private IsolationViewModel vm;
  private Path exports;

  @BeforeAll
  static void startBackend() {
    clinics = new TwoClinics("ipage");
  }

  @AfterAll
  static void stopBackend() throws Exception {
    clinics.close();
  }

  @Start
  void start(Stage stage) throws Exception {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    exports = Files.createTempDirectory("isolation-exports");
    background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "isolation-test-io");
      t.setDaemon(true);
      return t;
    });
    vm = new IsolationViewModel(new IsolationApi(new JsonHttp(clinics.api.baseUrl(), clinics.ownerToken)),
        background, Platform::runLater);
    stage.setScene(new Scene(new IsolationPage(vm, format -> exports.resolve(format.defaultFileName())), 1100, 760));
    stage.show();
    vm.refresh();
  }

  @AfterEach
  void cleanUp() throws Exception {
    background.shutdownNow();
    try (Stream<Path> files = Files.walk(exports)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private void awaitDiagram(FxRobot robot) throws Exception {
    String northServices = DiagramIds.node(DiagramIds.workspace(clinics.north), ResourceKind.SERVICES) + "_count";
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> robot.lookup("#" + northServices).tryQuery().isPresent() && !vm.loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String count(FxRobot robot, java.util.UUID ws, ResourceKind kind) {
    return robot.lookup("#" + DiagramIds.node(DiagramIds.workspace(ws), kind) + "_count").queryAs(Label.class).getText();
  }

  @Test
  void bothWorkspacesAreDrawnSideBySideWithTheirLiveCounts(FxRobot robot) throws Exception {
    awaitDiagram(robot);
    assertEquals("2 services", count(robot, clinics.north, ResourceKind.SERVICES));
    assertEquals("1 number", count(robot, clinics.north, ResourceKind.PHONE_NUMBERS));
    assertEquals("1 source", count(robot, clinics.north, ResourceKind.DATA_SOURCES));
    assertEquals("1 service", count(robot, clinics.south, ResourceKind.SERVICES));
    assertEquals("0 numbers", count(robot, clinics.south, ResourceKind.PHONE_NUMBERS));
    assertEquals("3 sources", count(robot, clinics.south, ResourceKind.DATA_SOURCES));
    String north = DiagramIds.workspace(clinics.north);
    String south = DiagramIds.workspace(clinics.south);
    assertEquals("production", robot.lookup("#" + north + "_badge").queryAs(Label.class).getText());
    assertEquals("development", robot.lookup("#" + south + "_badge").queryAs(Label.class).getText());
    assertTrue(robot.lookup("#" + DiagramIds.workspace(clinics.stranger)).tryQuery().isEmpty(), "a stranger's workspace");
    var northFrame = robot.lookup("#" + north).query().getBoundsInParent();
    var southFrame = robot.lookup("#" + south).query().getBoundsInParent();
    assertFalse(northFrame.intersects(southFrame), "frames overlap");
    assertEquals(6, robot.lookup(".iso-edge").queryAll().size(), "three links per workspace, none between");
  }

  @Test
  void exportButtonsWriteAPngAnSvgAndMermaidThatParsesBack(FxRobot robot) throws Exception {
    awaitDiagram(robot);
    robot.clickOn("#isolation-export-png");
    robot.clickOn("#isolation-export-svg");
    robot.clickOn("#isolation-export-mermaid");
    WaitForAsyncUtils.waitForFxEvents();
    BufferedImage png = ImageIO.read(exports.resolve("workspace-isolation.png").toFile());
    DiagramLayout layout = vm.layoutProperty().get();
    assertEquals(Math.round(layout.width() * 2), png.getWidth(), 2);
    assertTrue(hasVariety(png), "blank PNG");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var svg = factory.newDocumentBuilder().parse(exports.resolve("workspace-isolation.svg").toFile());
    assertEquals("svg", svg.getDocumentElement().getLocalName());
    String mermaid = Files.readString(exports.resolve("workspace-isolation.mmd"));
    assertEquals(vm.diagramProperty().get(), MermaidParser.parse(mermaid));
    assertEquals(2, MermaidParser.parse(mermaid).workspaces().size());
    assertEquals("Saved workspace-isolation.mmd", robot.lookup("#isolation-message").queryAs(Label.class).getText());
  }

  @Test
  void proveIsolationShowsAPassingVerdictForEveryTable(FxRobot robot) throws Exception {
    awaitDiagram(robot);
    robot.clickOn("#isolation-prove");
    TableView<?> table = robot.lookup("#isolation-verdicts").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && !vm.checkingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(table.getItems().size() > 10, "tables: " + table.getItems().size());
    String summary = robot.lookup("#isolation-check-summary").queryAs(Label.class).getText();
    assertTrue(summary.startsWith("ISOLATION HOLDS"), summary);
    assertFalse(robot.lookup(".iso-pass").queryAll().isEmpty(), "no PASS cell shown");
    assertTrue(robot.lookup(".iso-fail").queryAll().isEmpty(), "a FAIL cell shown");
  }

  @Test
  void theDiagramZoomsWithButtonsAndCtrlWheelAndPansByDragging(FxRobot robot) throws Exception {
    awaitDiagram(robot);
    ZoomPane zoom = robot.lookup("#isolation-diagram").queryAs(ZoomPane.class);
    robot.clickOn("#isolation-zoom-reset");
    assertEquals(1.0, zoom.zoomProperty().get(), 1e-9);
    robot.clickOn("#isolation-zoom-in");
    assertEquals(ZoomPane.STEP, zoom.zoomProperty().get(), 1e-9);
    assertEquals("125 %", robot.lookup("#isolation-zoom-level").queryAs(Label.class).getText());
    robot.clickOn("#isolation-zoom-out").clickOn("#isolation-zoom-out");
    assertEquals(1 / ZoomPane.STEP, zoom.zoomProperty().get(), 1e-9);
    robot.moveTo(zoom).press(KeyCode.CONTROL).scroll(VerticalDirection.UP).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Math.abs(zoom.zoomProperty().get() - 1 / ZoomPane.STEP) > 1e-6, "ctrl+wheel did not zoom");
    double x = zoom.offsetX();
    double y = zoom.offsetY();
    robot.drag(zoom).dropBy(60, 40);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(x + 60, zoom.offsetX(), 2);
    assertEquals(y + 40, zoom.offsetY(), 2);
  }

  private static boolean hasVariety(BufferedImage png) {
    int first = png.getRGB(0, 0);
    for (int y = 0; y < png.getHeight(); y += 7) {
      for (int x = 0; x < png.getWidth(); x += 7) {
        if (png.getRGB(x, y) != first) {
          return true;
        }
      }
    }
    return false;
  }
}
