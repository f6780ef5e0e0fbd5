package dev.wsconsole.server.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stored review item: what is to be reviewed, its status, who holds it, and how it ended. */
public record ReviewItem(UUID id, UUID workspaceId, String itemType, String status, UUID entityId, String entityType,
                         List<UUID> eventIds, UUID callId, String sessionId, int priority, String reason,
                         Map<String, Object> judgeAnalysis, Map<String, Object> proposedData, UUID claimedBy,
                         Instant claimedAt, Map<String, Object> resolution, Instant completedAt,
                         String completedAction, Instant createdAt) {

  public static final List<String> STATUSES = List.of("pending", "in_progress", "completed", "rejected");

  /** Whether it has been approved, rejected or corrected (nothing more can happen to it). */
  public boolean finished() {
    return status.equals("completed") || status.equals("rejected");
  }
}
