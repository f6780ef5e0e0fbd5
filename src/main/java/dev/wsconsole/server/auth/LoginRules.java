package dev.wsconsole.server.auth;

import java.time.Duration;
import java.time.Instant;

/** Pure rules for repeated sign-in failures: slow down first, then lock the account for a while. */
public final class LoginRules {
  /** Failures before each further attempt is slowed. */
  public static final int SLOW_AFTER = 3;
  /** Failures that lock the account. */
  public static final int LOCK_AFTER = 5;
  public static final Duration LOCK_FOR = Duration.ofMinutes(15);

  private LoginRules() {}

  /** How long to hold a failed attempt's answer, given the failures so far (including this one). */
  public static Duration delayAfter(int failures) {
    if (failures < SLOW_AFTER) {
      return Duration.ZERO;
    }
    return Duration.ofMillis(Math.min(4000, 500L * (1L << Math.min(3, failures - SLOW_AFTER))));
  }

  /** When the account unlocks after this failure, or null if it stays open. */
  public static Instant lockUntil(int failures, Instant now) {
    return failures >= LOCK_AFTER ? now.plus(LOCK_FOR) : null;
  }
}
