package dev.wsconsole.server.datasource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * When a run still marked 'running' is abandoned, so a new sync may start: its runner is this process but it no
 * longer runs here, or it made no progress (recorded after every page) for {@link #ABANDON_AFTER}.
 */
public final class SyncRunRules {
  /** A running run without progress for this long is abandoned. */
  public static final Duration ABANDON_AFTER = Duration.ofMinutes(15);

  private SyncRunRules() {}

  /** Why the run is abandoned, or empty when it may still be going. */
  public static Optional<String> abandoned(UUID runId, String runner, Instant progressAt, Instant now,
                                           SyncLiveness here) {
    if (runner != null && !runner.isEmpty() && runner.equals(here.node()) && !here.runningHere().test(runId)) {
      return Optional.of("abandoned: the importer on this server stopped without finishing the run;"
          + " marked failed when a new sync was requested");
    }
    Duration quiet = Duration.between(progressAt, now);
    if (quiet.compareTo(ABANDON_AFTER) >= 0) {
      return Optional.of("abandoned: no progress for " + quiet.toMinutes() + " minutes (more than "
          + ABANDON_AFTER.toMinutes() + "; its process was stopped or crashed); marked failed when a new sync"
          + " was requested");
    }
    return Optional.empty();
  }
}
