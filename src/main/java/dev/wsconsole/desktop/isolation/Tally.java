package dev.wsconsole.desktop.isolation;

import java.util.Objects;

/** One live count on a node, e.g. "12 entities"; a null value means the server could not say ("n/a"). */
public record Tally(String unit, Long value) {
  public static final String NOT_AVAILABLE = "n/a";

  public Tally {
    Objects.requireNonNull(unit, "unit");
    if (unit.isBlank() || unit.contains(" ")) {
      throw new IllegalArgumentException("a tally unit is one word: '" + unit + "'");
    }
    if (value != null && value < 0) {
      throw new IllegalArgumentException("a count is never negative");
    }
  }

  public static Tally of(String unit, long value) {
    return new Tally(unit, value);
  }

  public static Tally unknown(String unit) {
    return new Tally(unit, null);
  }

  public boolean known() {
    return value != null;
  }

  /** "12 entities" or "n/a entities". */
  public String text() {
    return (value == null ? NOT_AVAILABLE : value.toString()) + " " + unit;
  }

  /** Reads {@link #text()} back. */
  public static Tally parse(String text) {
    String[] parts = text.trim().split(" ", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a count: '" + text + "'");
    }
    if (parts[0].equals(NOT_AVAILABLE)) {
      return unknown(parts[1]);
    }
    try {
      return of(parts[1], Long.parseLong(parts[0]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a count: '" + text + "'", e);
    }
  }
}
