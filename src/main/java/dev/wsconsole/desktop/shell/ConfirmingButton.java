package dev.wsconsole.desktop.shell;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.util.Duration;

/** A button for destructive actions: the first press asks "Confirm …?", a second press within 5 s acts. */
public final class ConfirmingButton extends Button {
  private final PauseTransition window = new PauseTransition(Duration.seconds(5));
  private final String label;
  private boolean asking;

  public ConfirmingButton(String id, String label, Runnable action) {
    super(label);
    this.label = label;
    setId(id);
    window.setOnFinished(e -> reset());
    setOnAction(e -> {
      if (asking) {
        reset();
        action.run();
      } else {
        asking = true;
        setText("Confirm " + label.toLowerCase(java.util.Locale.ROOT) + "?");
        window.playFromStart();
      }
    });
  }

  private void reset() {
    asking = false;
    window.stop();
    setText(label);
  }
}
