package dev.wsconsole.server.review;

import dev.wsconsole.model.wire.ReviewViews.ReviewItemResponse;
import dev.wsconsole.model.wire.ReviewViews.Subject;

/** Builds the review-queue answer {@link ReviewItemResponse} from a stored item. */
final class ReviewMapping {
  private ReviewMapping() {}

  static ReviewItemResponse item(ReviewItem i) {
    return item(i, null);
  }

  /** The item with what it is about (entity and events), for the detail answer. */
  static ReviewItemResponse item(ReviewItem i, Subject subject) {
    return new ReviewItemResponse(i.id(), i.workspaceId(), i.sessionId(), i.eventIds(), i.entityId(),
        i.entityType(), i.priority(), i.reason(), i.judgeAnalysis(), i.status(),
        i.claimedBy() == null ? null : i.claimedBy().toString(), i.completedAt(), i.completedAction(),
        i.createdAt(), i.callId(), i.proposedData(), i.resolution(), subject == null ? null : subject.entity(),
        subject == null ? null : subject.events());
  }
}
