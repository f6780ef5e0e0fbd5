package dev.wsconsole.server.core;

import java.util.List;

/**
 * Text PostgreSQL can hold as it was sent: no U+0000 (a {@code text} or {@code jsonb} value cannot contain it)
 * and no unpaired UTF-16 surrogate (it has no UTF-8 form, so the driver would store "?"). The HTTP edge refuses
 * any other string, in a body, a query or a path, before a handler sees it.
 */
public final class StorableText {
  private StorableText() {}

  /** {@code value} unchanged, or a 422 at {@code loc} naming what it holds that cannot be stored. */
  public static String require(List<Object> loc, String value) {
    String problem = problem(value);
    if (problem != null) {
      throw DomainException.invalid(loc, problem, "string_unstorable");
    }
    return value;
  }

  /** Why {@code value} cannot be stored as sent, or null when it can (null is fine). */
  public static String problem(String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        return "String should not contain the NUL character (U+0000)";
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++; // a valid pair: one supplementary character
      } else if (Character.isSurrogate(c)) {
        return "String should not contain an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")";
      }
    }
    return null;
  }
}
