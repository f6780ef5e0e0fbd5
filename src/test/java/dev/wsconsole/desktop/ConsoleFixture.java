package dev.wsconsole.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.app.Connection;
import dev.wsconsole.desktop.app.ConsoleWindow;
import dev.wsconsole.desktop.app.LaunchPlan;
import dev.wsconsole.desktop.shell.ThemePreference;
import dev.wsconsole.desktop.signin.FirstRun;
import dev.wsconsole.testing.TestApi;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole console window over a real in-process backend, for TestFX tests. */
public final class ConsoleFixture {
  public final ExecutorService background = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "console-test-io");
    t.setDaemon(true);
    return t;
  });
  public final Preferences prefs = Preferences.userRoot().node("dev/wsconsole/test/" + UUID.randomUUID());
  public ConsoleWindow window;

  /** Shows the console in {@code stage}, connected to {@code api} (offering {@code firstRun} when not null). */
  public ConsoleWindow show(Stage stage, TestApi api, FirstRun firstRun, String apiKey, Duration idle) {
    LaunchPlan plan = new LaunchPlan("Connecting to the test backend",
        () -> new Connection(api.baseUrl(), firstRun, () -> { }), apiKey);
    return show(stage, plan, idle);
  }

  /** Shows the console in {@code stage} following {@code plan}. */
  public ConsoleWindow show(Stage stage, LaunchPlan plan, Duration idle) {
    ThemePreference theme = new ThemePreference(prefs);
    theme.apply();
    window = new ConsoleWindow(plan, theme, background, idle);
    stage.setScene(new Scene(window, 1200, 800));
    stage.show();
    window.start();
    return window;
  }

  public void close() throws Exception {
    background.shutdownNow();
    prefs.removeNode();
  }

  /** Waits (up to 20 s) until {@code condition} holds, then lets the FX thread settle. */
  public static void await(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until a node with this id shows. */
  public static void awaitNode(FxRobot robot, String query) throws Exception {
    await(() -> robot.lookup(query).tryQuery().isPresent());
  }

  /** Types into the sign-in form and waits for the shell. */
  public static void signIn(FxRobot robot, String email) throws Exception {
    awaitNode(robot, "#signin-email");
    robot.clickOn("#signin-email").write(email);
    robot.clickOn("#signin-password").write(TestApi.PASSWORD);
    robot.clickOn("#signin-submit");
    awaitNode(robot, "#shell-role");
    await(() -> !robot.lookup("#shell-role").queryAs(Label.class).getText().isEmpty());
  }

  public static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  public static void assertShows(FxRobot robot, String query) {
    assertTrue(robot.lookup(query).tryQuery().isPresent(), "missing " + query);
  }
}
