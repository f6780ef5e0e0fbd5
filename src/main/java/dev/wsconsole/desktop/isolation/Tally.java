package dev.wsconsole.desktop.isolation;

import java.util.Objects;

/**
 * One live count on a node, e.g. "12 entities" or "1 entity"; a null value means the server could not
 * say ("n/a"). The unit is a plural noun ending in "s".
 */
public record Tally(String unit, Long value) {
  public static final String NOT_AVAILABLE = "n/a";

  public Tally {
    Objects.requireNonNull(unit, "unit");
    if (!unit.matches("[a-z]+s")) {
      throw new IllegalArgumentException("a tally unit is one plural word: '" + unit + "'");
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

  /** "12 entities", "1 entity" or "n/a entities". */
  public String text() {
    if (value == null) {
      return NOT_AVAILABLE + " " + unit;
    }
    return value + " " + (value == 1 ? singular(unit) : unit);
  }

  private static String singular(String plural) {
    return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
        : plural.substring(0, plural.length() - 1);
  }

  private static String plural(String singular) {
    return singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
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
      long value = Long.parseLong(parts[0]);
      return of(value == 1 ? plural(parts[1]) : parts[1], value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a count: '" + text + "'", e);
    }
  }
}
