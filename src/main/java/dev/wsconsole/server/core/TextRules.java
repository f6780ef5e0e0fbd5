package dev.wsconsole.server.core;

import java.util.List;

/** Pure value checks that answer with the platform's 422 messages: lengths, ranges and enums. */
public final class TextRules {
  private TextRules() {}

  public static String length(List<Object> loc, String value, int minLength, int maxLength) {
    int length = value.codePointCount(0, value.length());
    if (length < minLength) {
      throw DomainException.invalid(loc, "String should have at least " + minLength + " character"
          + (minLength == 1 ? "" : "s"), "string_too_short");
    }
    if (length > maxLength) {
      throw DomainException.invalid(loc, "String should have at most " + maxLength + " characters", "string_too_long");
    }
    return value;
  }

  public static double range(List<Object> loc, double value, double min, double max) {
    if (value < min) {
      throw DomainException.invalid(loc, "Input should be greater than or equal to " + show(min), "greater_than_equal");
    }
    if (value > max) {
      throw DomainException.invalid(loc, "Input should be less than or equal to " + show(max), "less_than_equal");
    }
    return value;
  }

  public static String oneOf(List<Object> loc, String value, List<String> values) {
    if (!values.contains(value)) {
      throw DomainException.invalid(loc, "Input should be " + choices(values), "enum");
    }
    return value;
  }

  /** {@code 'a', 'b' or 'c'}, as the platform lists enum values. */
  static String choices(List<String> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(i == values.size() - 1 ? " or " : ", ");
      }
      sb.append('\'').append(values.get(i)).append('\'');
    }
    return sb.toString();
  }

  private static String show(double bound) {
    return bound == Math.rint(bound) && Math.abs(bound) < 1e9 ? Long.toString((long) bound) : Double.toString(bound);
  }
}
