package dev.wsconsole.desktop.shell;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/** Locks the console when no key or mouse input arrived for the session's idle timeout. */
public final class IdleLock {
  private final PauseTransition timer = new PauseTransition();
  private final EventHandler<InputEvent> activity = e -> restart();
  private Scene watched;

  public IdleLock(Runnable lock) {
    timer.setOnFinished(e -> lock.run());
  }

  /** Starts watching {@code scene} with {@code timeout}; any input restarts the count. */
  public void arm(Scene scene, Duration timeout) {
    disarm();
    watched = scene;
    timer.setDuration(javafx.util.Duration.millis(timeout.toMillis()));
    scene.addEventFilter(InputEvent.ANY, activity);
    timer.playFromStart();
  }

  public void disarm() {
    timer.stop();
    if (watched != null) {
      watched.removeEventFilter(InputEvent.ANY, activity);
      watched = null;
    }
  }

  private void restart() {
    timer.playFromStart();
  }
}
