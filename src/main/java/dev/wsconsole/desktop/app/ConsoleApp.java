package dev.wsconsole.desktop.app;

import dev.wsconsole.desktop.shell.ThemePreference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window over the backend its launcher chose (embedded or remote). */
public final class ConsoleApp extends Application {
  private static LaunchPlan plan;
  private final ExecutorService background = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "console-io");
    t.setDaemon(true);
    return t;
  });
  private ConsoleWindow window;

  /** Opens the console over {@code how}; returns when the window closes. */
  public static void launchWith(LaunchPlan how, String... args) {
    plan = how;
    Application.launch(ConsoleApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    ThemePreference theme = new ThemePreference(Preferences.userNodeForPackage(ConsoleApp.class));
    theme.apply();
    window = new ConsoleWindow(plan, theme, background, null);
    stage.setTitle("Workspace Console");
    // The title says which step shows (packaging checks and the start-up benchmark wait for "Sign in").
    window.centerProperty().addListener((o, was, now) -> stage.setTitle(titleFor(now)));
    stage.setScene(new Scene(window, 1200, 800));
    stage.show();
    window.start();
  }

  private static String titleFor(javafx.scene.Node center) {
    javafx.scene.Node content = center instanceof javafx.scene.layout.StackPane holder && !holder.getChildren().isEmpty()
        ? holder.getChildren().get(0) : center;
    String id = content == null ? "" : String.valueOf(content.getId());
    return switch (id) {
      case "signin" -> "Workspace Console — Sign in";
      case "firstrun" -> "Workspace Console — First run";
      case "splash" -> "Workspace Console — Starting";
      default -> "Workspace Console";
    };
  }

  @Override
  public void stop() throws Exception {
    background.shutdownNow();
    if (window != null) {
      window.close();
    }
  }
}
