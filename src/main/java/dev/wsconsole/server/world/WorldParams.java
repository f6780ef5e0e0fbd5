package dev.wsconsole.server.world;

import dev.wsconsole.server.core.DomainException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of the world API's names (entity types, external keys) and query values. */
final class WorldParams {
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  private WorldParams() {}

  /** An entity type (lower-case identifier) or, for external keys, any 1..300 characters; null when optional and absent. */
  static String name(List<Object> loc, String value, boolean entityType) {
    if (value == null) {
      if (entityType) {
        throw DomainException.invalid(loc, "Field required", "missing");
      }
      return null;
    }
    String v = value.strip();
    if (entityType && !TYPE.matcher(v).matches()) {
      throw DomainException.invalid(loc, "String should match pattern '" + TYPE.pattern() + "'", "string_pattern_mismatch");
    }
    if (v.isEmpty() || v.length() > 300) {
      throw DomainException.invalid(loc, "String should have 1 to 300 characters", "string_too_long");
    }
    return v;
  }

  /** An optional query filter: absent or blank is no filter. */
  static String filter(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A number between 0 and 1. */
  static double unit(List<Object> loc, String text) {
    try {
      double v = Double.parseDouble(text.strip());
      if (v >= 0 && v <= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      throw DomainException.invalid(loc, "Input should be a valid number", "float_parsing");
    }
    throw DomainException.invalid(loc, "Input should be between 0 and 1", "value_error");
  }
}
