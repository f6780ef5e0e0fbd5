package dev.wsconsole.desktop.shell;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

/** The read-only text column every console table is made of: a title and how a row shows in it. */
public final class TextColumns {
  private TextColumns() {}

  public static <T> TableColumn<T, String> of(String title, Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    return c;
  }
}
