package dev.wsconsole.server.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.wsconsole.server.http.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers of the review-queue routes, as the contract names them. */
public final class ReviewViews {
  private ReviewViews() {}

  /** One review item; {@code resolution} (our extension) holds the notes, reason or corrected data. */
  public record ReviewItemResponse(UUID id, UUID workspaceId, String sessionId, List<UUID> eventIds,
                                   @Nullable UUID entityId, @Nullable String entityType, int priority, String reason,
                                   @Nullable Map<String, Object> judgeAnalysis, String status,
                                   @Nullable String assignedTo, @Nullable Instant completedAt,
                                   @Nullable String completedAction, Instant createdAt, @Nullable UUID callId,
                                   Map<String, Object> proposedData,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> resolution) {

    static ReviewItemResponse of(ReviewItem i) {
      return new ReviewItemResponse(i.id(), i.workspaceId(), i.sessionId(), i.eventIds(), i.entityId(),
          i.entityType(), i.priority(), i.reason(), i.judgeAnalysis(), i.status(),
          i.claimedBy() == null ? null : i.claimedBy().toString(), i.completedAt(), i.completedAction(),
          i.createdAt(), i.callId(), i.proposedData(), i.resolution());
    }
  }

  /** The answer to claim and unclaim: the item, who holds it (empty when released) and its status. */
  public record ClaimResponse(String id, String assignedTo, String status) {}
}
