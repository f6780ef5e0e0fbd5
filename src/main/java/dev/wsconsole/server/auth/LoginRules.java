package dev.wsconsole.server.auth;

import java.time.Duration;

/**
 * Pure rules for what a refused sign-in answers: one text for a wrong password and an unknown email
 * alike, and for a held-back attempt whole seconds to wait that depend only on the throttle's state.
 * When to hold back is decided in the database, atomically with the count ({@code app.sign_in_begin}).
 */
public final class LoginRules {
  /** The answer to a wrong password and to an unknown email alike. */
  public static final String WRONG = "Invalid email or password.";

  private LoginRules() {}

  /** The Retry-After value: the wait rounded up to whole seconds, never 0. */
  public static long retryAfterSeconds(Duration wait) {
    long millis = Math.max(1, wait.toMillis());
    return (millis + 999) / 1000;
  }

  /** The detail of a 429: the same for every email, known or not. */
  public static String heldBack(long seconds) {
    return "Too many sign-in attempts for this account or from this address. Try again in " + seconds
        + (seconds == 1 ? " second." : " seconds.");
  }
}
