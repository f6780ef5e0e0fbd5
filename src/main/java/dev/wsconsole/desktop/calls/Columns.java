package dev.wsconsole.desktop.calls;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

/** Text columns and the time and duration formats of the calls tables. */
final class Columns {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());

  private Columns() {}

  static <T> TableColumn<T, String> of(String title, Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    return c;
  }

  static String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s / 60 + ":" + String.format("%02d", s % 60);
  }

  static String orEmpty(Object o) {
    return o == null ? "" : o.toString();
  }
}
