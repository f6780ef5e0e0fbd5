package dev.wsconsole.server.review;

import java.util.Optional;
import java.util.UUID;

/** Pure decisions of the review queue: who may claim, release and resolve an item in which status. */
public final class ReviewRules {
  private ReviewRules() {}

  /** What a reviewer asks to do with an item. */
  public enum Step { CLAIM, UNCLAIM, APPROVE, REJECT, CORRECT }

  /** Why {@code step} by {@code reviewer} cannot happen to {@code item} now (a 409's detail), or empty when it can. */
  public static Optional<String> refusal(ReviewItem item, Step step, UUID reviewer) {
    if (item.finished()) {
      return Optional.of("Review item is already " + item.completedAction() + "; nothing more can be done to it.");
    }
    boolean claimed = item.status().equals("in_progress");
    boolean mine = claimed && reviewer.equals(item.claimedBy());
    if (claimed && !mine) {
      return Optional.of("Review item is claimed by another reviewer.");
    }
    if (step == Step.CLAIM && mine) {
      return Optional.of("You have already claimed this review item.");
    }
    if (step == Step.UNCLAIM && !claimed) {
      return Optional.of("Review item is not claimed.");
    }
    return Optional.empty();
  }

  /** The status an item ends in after {@code step}. */
  public static String statusAfter(Step step) {
    return switch (step) {
      case CLAIM -> "in_progress";
      case UNCLAIM -> "pending";
      case APPROVE, CORRECT -> "completed";
      case REJECT -> "rejected";
    };
  }

  /** The contract's completed_action for a resolving step, or null for claim/unclaim. */
  public static String completedAction(Step step) {
    return switch (step) {
      case APPROVE -> "approved";
      case REJECT -> "rejected";
      case CORRECT -> "corrected";
      default -> null;
    };
  }

  /** The contract's review_status of an event under review: what the item's outcome made of it. */
  public static String eventStatus(ReviewItem item, boolean superseded) {
    if (superseded || "corrected".equals(item.completedAction())) {
      return "corrected";
    }
    if ("approved".equals(item.completedAction())) {
      return "human_approved";
    }
    return "rejected".equals(item.completedAction()) ? "rejected" : "pending";
  }
}
