package dev.wsconsole.server.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new review item, as the code that found something doubtful describes it: the entity and events in
 * question (a low-confidence extraction, a simulator outcome), why, how urgent (higher first), the
 * judge's analysis and the data it proposes. Entity, event and call must belong to the same workspace.
 */
public record ReviewItemDraft(UUID entityId, String entityType, List<UUID> eventIds, UUID callId, String sessionId,
                              int priority, String reason, Map<String, Object> judgeAnalysis,
                              Map<String, Object> proposedData) {
  public ReviewItemDraft {
    eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    sessionId = sessionId == null ? "" : sessionId;
    proposedData = proposedData == null ? Map.of() : Map.copyOf(proposedData);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a review item needs a reason");
    }
  }

  /** An item about one event whose extraction confidence was low. */
  public static ReviewItemDraft lowConfidence(UUID entityId, String entityType, UUID eventId, double confidence,
                                              Map<String, Object> proposedData) {
    return new ReviewItemDraft(entityId, entityType, eventId == null ? List.of() : List.of(eventId), null, "",
        confidence < 0.5 ? 2 : 1, "low_confidence", Map.of("confidence", confidence), proposedData);
  }
}
