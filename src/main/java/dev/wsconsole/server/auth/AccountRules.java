package dev.wsconsole.server.auth;

import java.util.Locale;
import java.util.regex.Pattern;

/** Pure checks on account input: email shape and password strength. */
public final class AccountRules {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  public static final int MIN_PASSWORD = 12;

  private AccountRules() {}

  /** The normalised email, or IllegalArgumentException saying what is wrong. */
  public static String email(String email) {
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
      throw new IllegalArgumentException("'" + (email == null ? "" : email.strip()) + "' is not an email address");
    }
    return e;
  }

  public static void password(char[] password) {
    if (password.length < MIN_PASSWORD) {
      throw new IllegalArgumentException("passwords need at least " + MIN_PASSWORD + " characters");
    }
    if (password.length > 1024) {
      throw new IllegalArgumentException("passwords may have at most 1024 characters");
    }
  }
}
