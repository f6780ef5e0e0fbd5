package dev.wsconsole.model;

import java.time.Duration;

/**
 * What an environment means for security: session limits, HITRUST controls and audit retention.
 * The single source of the table in docs/ENVIRONMENTS.md.
 */
public record EnvironmentPolicy(
    Environment environment,
    Duration idleTimeout,
    Duration absoluteSessionLimit,
    boolean hitrustControls,
    int defaultAuditRetentionDays,
    int minimumAuditRetentionDays) {

  public static EnvironmentPolicy of(Environment environment) {
    switch (environment) {
      case PRODUCTION:
        return new EnvironmentPolicy(environment, Duration.ofMinutes(15), Duration.ofHours(12), true, 2190, 2190);
      case STAGING:
        return new EnvironmentPolicy(environment, Duration.ofMinutes(60), Duration.ofHours(24), false, 365, 365);
      default:
        return new EnvironmentPolicy(environment, Duration.ofHours(8), Duration.ofHours(24), false, 365, 365);
    }
  }
}
