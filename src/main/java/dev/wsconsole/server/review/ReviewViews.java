package dev.wsconsole.server.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.wsconsole.model.Nullable;
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
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> resolution,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) EntitySummary entity,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<EventSummary> events) {

    static ReviewItemResponse of(ReviewItem i) {
      return of(i, null);
    }

    /** The item with what it is about (entity and events), for the detail answer. */
    static ReviewItemResponse of(ReviewItem i, Subject subject) {
      return new ReviewItemResponse(i.id(), i.workspaceId(), i.sessionId(), i.eventIds(), i.entityId(),
          i.entityType(), i.priority(), i.reason(), i.judgeAnalysis(), i.status(),
          i.claimedBy() == null ? null : i.claimedBy().toString(), i.completedAt(), i.completedAction(),
          i.createdAt(), i.callId(), i.proposedData(), i.resolution(), subject == null ? null : subject.entity(),
          subject == null ? null : subject.events());
    }
  }

  /** The entity a review item is about, as the world model shows it now. */
  public record EntitySummary(UUID id, @Nullable String entityType, @Nullable String displayName,
                              @Nullable Map<String, Object> state) {}

  /** One event under review and what the review made of it. */
  public record EventSummary(UUID id, @Nullable String eventType, @Nullable String fhirResourceType,
                             @Nullable String fhirResourceId, Map<String, Object> data, double confidence,
                             String reviewStatus, Instant createdAt) {}

  /** What an item is about: its entity (null when none) and its events. */
  public record Subject(EntitySummary entity, List<EventSummary> events) {}

  /** The answer to claim and unclaim: the item, who holds it (empty when released) and its status. */
  public record ClaimResponse(String id, String assignedTo, String status) {}
}
