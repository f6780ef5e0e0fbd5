package dev.wsconsole.server.core;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing of path and query parameters into 422s the platform's way. */
public final class Params {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Params() {}

  public static UUID uuid(List<Object> loc, String text) {
    if (text == null || !UUID_TEXT.matcher(text).matches()) {
      throw DomainException.invalid(loc, "Input should be a valid UUID", "uuid_parsing");
    }
    return UUID.fromString(text);
  }

  public static int integer(List<Object> loc, String text, int fallback, int min, int max) {
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw DomainException.invalid(loc, "Input should be a valid integer", "int_parsing");
    }
    if (value < min) {
      throw DomainException.invalid(loc, "Input should be greater than or equal to " + min, "greater_than_equal");
    }
    if (value > max) {
      throw DomainException.invalid(loc, "Input should be less than or equal to " + max, "less_than_equal");
    }
    return value;
  }

  /** An ISO-8601 date-time (with offset or Z); null stays null. */
  public static java.time.Instant instant(List<Object> loc, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw DomainException.invalid(loc, "Input should be a valid datetime, like 2026-01-31T12:00:00Z", "datetime_parsing");
    }
  }

  public static boolean bool(List<Object> loc, String text, boolean fallback) {
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    if (text.equals("true") || text.equals("1")) {
      return true;
    }
    if (text.equals("false") || text.equals("0")) {
      return false;
    }
    throw DomainException.invalid(loc, "Input should be a valid boolean", "bool_parsing");
  }
}
