package dev.wsconsole.server.voiceprint;

import java.time.Duration;
import java.time.Instant;

/** Pure rate-limit decisions for voice attempts: at most so many per user and per workspace in a window. */
public final class RateLimitRules {
  /** Verification: five tries per user in five minutes, 100 per workspace. */
  public static final Limits VERIFY = new Limits("verify", 5, 100, Duration.ofMinutes(5));
  /** Enrolment: five per user in ten minutes, 50 per workspace. */
  public static final Limits ENROLL = new Limits("enroll", 5, 50, Duration.ofMinutes(10));
  /** Passphrase challenges: ten per user in five minutes, 200 per workspace. */
  public static final Limits CHALLENGE = new Limits("challenge", 10, 200, Duration.ofMinutes(5));

  /** Skipped voice steps: five per user in an hour, 100 per workspace (a skip opens a workspace without a voice). */
  public static final Limits SKIP = new Limits("skip", 5, 100, Duration.ofHours(1));

  private RateLimitRules() {}

  /** One kind of attempt and its limits. */
  public record Limits(String kind, int perUser, int perWorkspace, Duration window) {}

  /** Attempts already made in the window, and the oldest of them (null when none). */
  public record Recent(long count, Instant oldest) {}

  /** Seconds until another attempt is allowed, or 0 when one is allowed now. */
  public static long retryAfterSeconds(Recent recent, int limit, Duration window, Instant now) {
    if (recent.count() < limit) {
      return 0;
    }
    long wait = Duration.between(now, recent.oldest().plus(window)).toSeconds() + 1;
    return Math.max(1, wait);
  }
}
