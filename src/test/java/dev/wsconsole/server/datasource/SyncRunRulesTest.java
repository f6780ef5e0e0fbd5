package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which running runs are abandoned: this node's that no longer go here, and anyone's that stopped moving. */
class SyncRunRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final UUID RUN = UUID.randomUUID();

  @Test
  void aRunGoingHereOrMovingElsewhereIsNotAbandoned() {
    SyncLiveness here = new SyncLiveness("node-a", Set.of(RUN)::contains);
    assertTrue(SyncRunRules.abandoned(RUN, "node-a", NOW.minusSeconds(60), NOW, here).isEmpty());
    assertTrue(SyncRunRules.abandoned(RUN, "node-b", NOW.minusSeconds(14 * 60), NOW, here).isEmpty());
    assertTrue(SyncRunRules.abandoned(RUN, null, NOW.minusSeconds(60), NOW, SyncLiveness.NONE).isEmpty());
  }

  @Test
  void thisNodesRunThatNoLongerGoesHereIsAbandonedWhateverItsAge() {
    SyncLiveness here = new SyncLiveness("node-a", id -> false);
    assertTrue(SyncRunRules.abandoned(RUN, "node-a", NOW, NOW, here).orElseThrow().contains("stopped"));
  }

  @Test
  void anyRunQuietForTheLimitIsAbandoned() {
    Instant quiet = NOW.minus(SyncRunRules.ABANDON_AFTER);
    assertTrue(SyncRunRules.abandoned(RUN, "node-b", quiet, NOW, SyncLiveness.NONE).orElseThrow()
        .contains("no progress for 15 minutes"));
    assertTrue(SyncRunRules.abandoned(RUN, null, quiet, NOW, SyncLiveness.NONE).isPresent());
  }
}
