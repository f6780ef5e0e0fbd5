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
    stage.titleProperty().bind(window.titleProperty());
    stage.setScene(new Scene(window, 1200, 800));
    stage.show();
    window.start();
  }

  @Override
  public void stop() throws Exception {
    background.shutdownNow();
    if (window != null) {
      window.close();
    }
  }
}
