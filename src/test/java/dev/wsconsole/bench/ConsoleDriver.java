package dev.wsconsole.bench;

import dev.wsconsole.desktop.app.ConsoleWindow;
import dev.wsconsole.desktop.app.LaunchPlan;
import dev.wsconsole.desktop.shell.ThemePreference;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * The real console window driven from a benchmark's main thread (under Xvfb): start it on a plan,
 * fill and press controls by id, wait for conditions, and read the process's memory.
 */
final class ConsoleDriver {
  final ExecutorService background = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "bench-io");
    t.setDaemon(true);
    return t;
  });
  private Stage stage;
  ConsoleWindow window;

  /** Starts the JavaFX toolkit and shows the console following {@code plan}. */
  void open(LaunchPlan plan) throws Exception {
    Platform.startup(() -> { });
    Preferences prefs = Preferences.userRoot().node("dev/wsconsole/bench/" + UUID.randomUUID());
    onFx(() -> {
      ThemePreference theme = new ThemePreference(prefs);
      theme.apply();
      window = new ConsoleWindow(plan, theme, background, null);
      stage = new Stage();
      stage.titleProperty().bind(window.titleProperty());
      stage.setScene(new Scene(window, 1280, 800));
      stage.show();
      window.start();
      return null;
    });
  }

  Node lookup(String css) throws Exception {
    return onFx(() -> stage.getScene().lookup(css));
  }

  void type(String css, String text) throws Exception {
    onFx(() -> {
      ((TextInputControl) stage.getScene().lookup(css)).setText(text);
      return null;
    });
  }

  void press(String css) throws Exception {
    onFx(() -> {
      ((ButtonBase) stage.getScene().lookup(css)).fire();
      return null;
    });
  }

  String text(String css) throws Exception {
    return onFx(() -> stage.getScene().lookup(css) instanceof Label l ? l.getText() : null);
  }

  /** Signs in through the form and waits until the shell knows the caller's role. */
  void signIn(String email, String password) throws Exception {
    await(120_000, () -> lookupQuietly("#signin-email") != null);
    type("#signin-email", email);
    type("#signin-password", password);
    press("#signin-submit");
    await(120_000, () -> {
      String role = textQuietly("#shell-role");
      return role != null && !role.isEmpty();
    });
  }

  /** Polls (every 5 ms) until {@code condition} holds; fails after {@code millis}. */
  static void await(long millis, BooleanSupplier condition) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > end) {
        throw new IllegalStateException("timed out waiting");
      }
      Thread.sleep(5);
    }
  }

  Node lookupQuietly(String css) {
    try {
      return lookup(css);
    } catch (Exception e) {
      return null;
    }
  }

  String textQuietly(String css) {
    try {
      return text(css);
    } catch (Exception e) {
      return null;
    }
  }

  static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }

  /** Heap used after three full collections, in MiB. */
  static double heapAfterGcMiB() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  /** This process's resident set (VmRSS), in MiB. */
  static double rssMiB() throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return -1;
  }

  static String machine() {
    return String.format("machine: %d cores, Java %s, max heap %d MiB, load average %.2f",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / 1048576, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
