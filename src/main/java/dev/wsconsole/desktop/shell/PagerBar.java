package dev.wsconsole.desktop.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The Previous / Next / "1–20 of 57" bar under a table that pages from the server, with the ids
 * {@code <prefix>-prev}, {@code <prefix>-next} and {@code <prefix>-page-label}; a page may add its own
 * buttons after them.
 */
public final class PagerBar {
  private PagerBar() {}

  public static HBox of(String idPrefix, ServerPages<?> pages) {
    Button previous = new Button("Previous");
    previous.setId(idPrefix + "-prev");
    previous.disableProperty().bind(pages.hasPreviousProperty().not());
    previous.setOnAction(e -> pages.previous());
    Button next = new Button("Next");
    next.setId(idPrefix + "-next");
    next.disableProperty().bind(pages.hasNextProperty().not());
    next.setOnAction(e -> pages.next());
    Label label = new Label();
    label.setId(idPrefix + "-page-label");
    label.textProperty().bind(pages.labelProperty());
    HBox bar = new HBox(8, previous, next, label);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }
}
