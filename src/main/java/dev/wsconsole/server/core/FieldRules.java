package dev.wsconsole.server.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pure checks of request fields that answer 422s in the platform's wording (lengths, sizes, ranges, enums). */
public final class FieldRules {
  private FieldRules() {}

  /** {@code loc} extended by {@code more}: where a nested error points. */
  public static List<Object> at(List<Object> loc, Object... more) {
    List<Object> out = new ArrayList<>(loc);
    out.addAll(Arrays.asList(more));
    return List.copyOf(out);
  }

  /** A required name: trimmed, 1 to {@code max} characters. */
  public static String name(String value, List<Object> loc, int max) {
    String stripped = required(value, loc).strip();
    if (stripped.isEmpty()) {
      throw DomainException.invalid(loc, "String should have at least 1 character", "string_too_short");
    }
    return text(stripped, loc, max);
  }

  public static <T> T required(T value, List<Object> loc) {
    if (value == null) {
      throw DomainException.invalid(loc, "Field required", "missing");
    }
    return value;
  }

  /** Optional text up to {@code max} characters; null stays null. */
  public static String text(String value, List<Object> loc, int max) {
    if (value != null && value.length() > max) {
      throw DomainException.invalid(loc, "String should have at most " + max + " characters", "string_too_long");
    }
    return value;
  }

  /** Required text of 1 to {@code max} characters. */
  public static String nonEmpty(String value, List<Object> loc, int max) {
    if (required(value, loc).isEmpty()) {
      throw DomainException.invalid(loc, "String should have at least 1 character", "string_too_short");
    }
    return text(value, loc, max);
  }

  /** An optional list of at most {@code maxItems}; null becomes empty. */
  public static <T> List<T> list(List<T> value, List<Object> loc, int maxItems) {
    if (value == null) {
      return List.of();
    }
    if (value.size() > maxItems) {
      throw DomainException.invalid(loc, "List should have at most " + maxItems + " items after validation, not "
          + value.size(), "too_long");
    }
    return value;
  }

  /** A list of strings, each 0..{@code maxLength} characters (1.. when {@code nonEmpty}) and none null. */
  public static List<String> strings(List<String> value, List<Object> loc, int maxItems, int maxLength,
                                     boolean nonEmpty) {
    List<String> items = list(value, loc, maxItems);
    for (int i = 0; i < items.size(); i++) {
      List<Object> itemLoc = at(loc, i);
      if (nonEmpty) {
        nonEmpty(items.get(i), itemLoc, maxLength);
      } else {
        text(required(items.get(i), itemLoc), itemLoc, maxLength);
      }
    }
    return items;
  }

  /** An optional map of at most {@code maxEntries}; null stays null. */
  public static <V> Map<String, V> map(Map<String, V> value, List<Object> loc, int maxEntries) {
    if (value != null && value.size() > maxEntries) {
      throw DomainException.invalid(loc, "Dictionary should have at most " + maxEntries + " items", "too_long");
    }
    return value;
  }

  /** One of {@code allowed} or null. */
  public static String oneOf(String value, List<Object> loc, List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      String options = allowed.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
      throw DomainException.invalid(loc, "Input should be one of " + options, "enum");
    }
    return value;
  }

  /** An optional integer within [min, max]. */
  public static Integer range(Integer value, List<Object> loc, long min, long max) {
    if (value != null) {
      range((double) value, loc, min, max);
    }
    return value;
  }

  /** An optional number within [min, max]. */
  public static Double range(Double value, List<Object> loc, double min, double max) {
    if (value != null) {
      if (value.isNaN() || value < min) {
        throw DomainException.invalid(loc, "Input should be greater than or equal to " + plain(min), "greater_than_equal");
      }
      if (value > max) {
        throw DomainException.invalid(loc, "Input should be less than or equal to " + plain(max), "less_than_equal");
      }
    }
    return value;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
