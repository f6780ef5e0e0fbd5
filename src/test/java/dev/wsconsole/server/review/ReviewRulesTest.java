package dev.wsconsole.server.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.review.ReviewRules.Step;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The review queue's decisions, without a database: who may claim, release and resolve in which status. */
class ReviewRulesTest {
  private static final UUID ME = UUID.randomUUID();
  private static final UUID THEM = UUID.randomUUID();

  private static ReviewItem item(String status, UUID holder, String action) {
    return new ReviewItem(UUID.randomUUID(), UUID.randomUUID(), "event_review", status, null, null, List.of(), null,
        "", 1, "low_confidence", null, Map.of(), holder, null, null, null, action, Instant.now());
  }

  @Test
  void aPendingItemMayBeClaimedOrResolvedButNotReleased() {
    ReviewItem pending = item("pending", null, null);
    for (Step step : List.of(Step.CLAIM, Step.APPROVE, Step.REJECT, Step.CORRECT)) {
      assertEquals(Optional.empty(), ReviewRules.refusal(pending, step, ME), step.name());
    }
    assertEquals(Optional.of("Review item is not claimed."), ReviewRules.refusal(pending, Step.UNCLAIM, ME));
  }

  @Test
  void onlyTheHolderActsOnAClaimedItem() {
    ReviewItem mine = item("in_progress", ME, null);
    assertTrue(ReviewRules.refusal(mine, Step.CLAIM, ME).orElseThrow().contains("already claimed"));
    for (Step step : List.of(Step.UNCLAIM, Step.APPROVE, Step.REJECT, Step.CORRECT)) {
      assertEquals(Optional.empty(), ReviewRules.refusal(mine, step, ME), step.name());
      assertTrue(ReviewRules.refusal(mine, step, THEM).orElseThrow().contains("another reviewer"), step.name());
    }
  }

  @Test
  void aFinishedItemRefusesEverything() {
    for (Step step : Step.values()) {
      assertTrue(ReviewRules.refusal(item("completed", ME, "approved"), step, ME).orElseThrow()
          .contains("already approved"));
      assertTrue(ReviewRules.refusal(item("rejected", ME, "rejected"), step, ME).orElseThrow()
          .contains("already rejected"));
    }
  }

  @Test
  void statusesAndActionsFollowTheContract() {
    assertEquals("in_progress", ReviewRules.statusAfter(Step.CLAIM));
    assertEquals("pending", ReviewRules.statusAfter(Step.UNCLAIM));
    assertEquals("completed", ReviewRules.statusAfter(Step.APPROVE));
    assertEquals("completed", ReviewRules.statusAfter(Step.CORRECT));
    assertEquals("rejected", ReviewRules.statusAfter(Step.REJECT));
    assertEquals("corrected", ReviewRules.completedAction(Step.CORRECT));
    assertEquals(null, ReviewRules.completedAction(Step.CLAIM));
    assertEquals("human_approved", ReviewRules.eventStatus(item("completed", ME, "approved"), false));
    assertEquals("corrected", ReviewRules.eventStatus(item("pending", null, null), true));
    assertEquals("pending", ReviewRules.eventStatus(item("in_progress", ME, null), false));
  }
}
