package dev.wsconsole.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the smallest JavaFX window (one label), started from the same
 * fat jar as the console, titled so the benchmark script can see it appear.
 */
public final class MinimalWindow extends Application {
  @Override
  public void start(Stage stage) {
    stage.setTitle("Minimal Window — ready");
    stage.setScene(new Scene(new Label("Hello"), 400, 200));
    stage.show();
  }

  /** A plain main class: launching an Application subclass directly from the class path is refused. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Application.launch(MinimalWindow.class, args);
    }
  }

}
