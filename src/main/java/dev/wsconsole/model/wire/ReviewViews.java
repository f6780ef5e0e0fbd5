package dev.wsconsole.model.wire;

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
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<EventSummary> events) {}

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
