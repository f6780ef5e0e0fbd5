package dev.wsconsole.desktop.calls;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The time and duration formats of the calls tables. */
final class Columns {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());

  private Columns() {}

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
