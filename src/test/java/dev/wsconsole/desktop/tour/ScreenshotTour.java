package dev.wsconsole.desktop.tour;

import dev.wsconsole.desktop.app.ConsolePages;
import dev.wsconsole.desktop.app.ConsoleWindow;
import dev.wsconsole.desktop.app.LaunchPlan;
import dev.wsconsole.desktop.shell.PageSpec;
import dev.wsconsole.desktop.shell.ThemePreference;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Signs in to the real console (attached to a running server) and saves a PNG of the sign-in form and
 * of every sidebar page into a folder; run by {@code packaging/screenshots.sh} under Xvfb on demo data.
 *
 * <p>Arguments: server URL, email, password, output folder, then optionally {@code dark}.
 */
public final class ScreenshotTour extends Application {
  private static final long SETTLE_MILLIS = 3_000;

  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    Path out = Path.of(args.get(3));
    ExecutorService background = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "tour-io");
      t.setDaemon(true);
      return t;
    });
    ThemePreference theme = new ThemePreference(Preferences.userNodeForPackage(ScreenshotTour.class));
    if ((args.size() > 4 && "dark".equals(args.get(4))) != theme.isDark()) {
      theme.toggle();
    }
    theme.apply();
    ConsoleWindow window = new ConsoleWindow(LaunchPlan.remote(args.get(0), null), theme, background, null);
    stage.setTitle("Workspace Console");
    stage.setScene(new Scene(window, 1280, 800));
    stage.show();
    window.start();
    Thread walker = new Thread(() -> walk(stage, window, out, ConsolePages.all(background), args.get(1),
        args.get(2)), "tour");
    walker.setDaemon(true);
    walker.start();
  }

  private static void walk(Stage stage, ConsoleWindow window, Path out, List<PageSpec> pages, String email,
                           String password) {
    try {
      Files.createDirectories(out);
      for (int i = 0; i < 150 && onFx(() -> stage.getScene().lookup("#signin-email") == null); i++) {
        Thread.sleep(200);
      }
      Thread.sleep(1_000);
      save(stage, out.resolve("signin.png"));
      Platform.runLater(() -> {
        ((TextInputControl) stage.getScene().lookup("#signin-email")).setText(email);
        ((TextInputControl) stage.getScene().lookup("#signin-password")).setText(password);
        ((ButtonBase) stage.getScene().lookup("#signin-submit")).fire();
      });
      for (int i = 0; i < 150 && onFx(() -> window.shell() == null); i++) {
        Thread.sleep(200);
      }
      Thread.sleep(SETTLE_MILLIS);
      for (PageSpec page : pages) {
        Platform.runLater(() -> window.shell().show(page.id()));
        Thread.sleep(SETTLE_MILLIS);
        save(stage, out.resolve(page.id() + ".png"));
      }
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    Platform.exit();
    System.exit(0);
  }

  private static void save(Stage stage, Path file) throws Exception {
    WritableImage image = onFx(() -> stage.getScene().snapshot(null));
    ImageIO.write(toBuffered(image), "png", file.toFile());
    System.out.println("saved " + file);
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
    java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }

  private static BufferedImage toBuffered(WritableImage image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    return out;
  }

  /** A plain main class: launching an Application subclass directly from the class path is refused. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Application.launch(ScreenshotTour.class, args);
    }
  }

}
