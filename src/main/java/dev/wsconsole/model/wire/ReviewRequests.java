package dev.wsconsole.model.wire;

import java.util.Map;

/** Request bodies of resolving a review item (approve, reject, correct); a null field counts as absent. */
public final class ReviewRequests {
  private ReviewRequests() {}

  /** Approving an item, with optional notes (the body itself may be left out). */
  public record Approve(String notes) {}

  /** Rejecting an item: why. */
  public record Reject(String reason) {}

  /** Correcting an item: the corrected data (at least one field) and notes. */
  public record Correct(Map<String, Object> correctedData, String notes) {}
}
