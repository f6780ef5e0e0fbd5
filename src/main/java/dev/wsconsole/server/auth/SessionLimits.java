package dev.wsconsole.server.auth;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.EnvironmentPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The limits a sign-in session lives under on every route, account-level ones included: the strictest idle
 * timeout and absolute lifetime among the environments of the account's workspaces (production's when it
 * has none), counted from the session's start and its last activity anywhere (decision 0032).
 */
public record SessionLimits(Duration idleTimeout, Duration absoluteLimit, Environment strictest) {

  /** The limits for an account whose workspaces are of {@code environments}. */
  public static SessionLimits forAccount(Collection<Environment> environments) {
    Collection<Environment> applicable = environments.isEmpty() ? java.util.List.of(Environment.PRODUCTION) : environments;
    Duration idle = null;
    Duration absolute = null;
    Environment strictest = null;
    for (Environment e : applicable) {
      EnvironmentPolicy p = e.policy();
      if (idle == null || p.idleTimeout().compareTo(idle) < 0) {
        idle = p.idleTimeout();
        strictest = e;
      }
      if (absolute == null || p.absoluteSessionLimit().compareTo(absolute) < 0) {
        absolute = p.absoluteSessionLimit();
      }
    }
    return new SessionLimits(idle, absolute, strictest);
  }

  /** Why a session started at {@code createdAt} and last active at {@code lastSeenAt} is over, if it is. */
  public Optional<String> expired(Instant createdAt, Instant lastSeenAt, Instant now) {
    if (Duration.between(createdAt, now).compareTo(absoluteLimit) > 0) {
      return Optional.of("Session exceeded its " + absoluteLimit.toHours() + " h limit (the strictest of the"
          + " account's workspaces); sign in again.");
    }
    if (Duration.between(lastSeenAt, now).compareTo(idleTimeout) > 0) {
      return Optional.of("Session idle for more than " + idleTimeout.toMinutes() + " min (the limit of the account's "
          + strictest.wireName() + " workspaces); sign in again.");
    }
    return Optional.empty();
  }
}
