package dev.wsconsole.desktop.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bar at the bottom that shows the server's {@code detail} of a failed call until dismissed. */
public final class NotificationBar extends HBox {
  private final Label text = new Label();

  public NotificationBar() {
    setId("shell-notice-bar");
    text.setId("shell-notice");
    text.setWrapText(true);
    text.getStyleClass().add(Styles.DANGER);
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    Button close = new Button("Dismiss");
    close.setId("shell-notice-dismiss");
    close.getStyleClass().add(Styles.FLAT);
    close.setOnAction(e -> clear());
    getChildren().addAll(text, close);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(6, 12, 6, 12));
    setSpacing(8);
    clear();
  }

  /** Shows {@code message} (call on the FX thread). */
  public void show(String message) {
    text.setText(message);
    setVisible(true);
    setManaged(true);
  }

  public void clear() {
    text.setText("");
    setVisible(false);
    setManaged(false);
  }

  public String message() {
    return text.getText();
  }
}
