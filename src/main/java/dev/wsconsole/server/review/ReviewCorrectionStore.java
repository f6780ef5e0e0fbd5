package dev.wsconsole.server.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.world.NewEvent;
import dev.wsconsole.server.world.StoredEvent;
import dev.wsconsole.server.world.WorldInputException;
import dev.wsconsole.server.world.WorldStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * A correction, in one transaction: the corrected data becomes a new authoritative event of the item's
 * entity in the world model, superseding the event under review (which stays in the log), and the item
 * closes as corrected with the new event's id in its resolution.
 */
public final class ReviewCorrectionStore {
  /** Where a correction comes from in the world model's event log. */
  public static final String SOURCE = "human_review";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ReviewItemStore items;
  private final WorldStore world;

  public ReviewCorrectionStore(ReviewItemStore items, WorldStore world) {
    this.items = items;
    this.world = world;
  }

  /** Corrects the item ({@code resolution} holds corrected_data and notes); empty when there is no such item. */
  public Optional<ReviewItem> correct(UUID ws, UUID id, UUID reviewer, Map<String, Object> resolution,
                                      AuditRecord audit) {
    Object data = resolution.get("corrected_data");
    return items.step(ws, id, reviewer, ReviewRules.Step.CORRECT, resolution, audit,
        (h, item) -> Map.of("corrected_event_id", append(h, ws, item, data).id().toString()));
  }

  private StoredEvent append(Handle h, UUID ws, ReviewItem item, Object data) {
    if (item.entityId() == null) {
      throw new ReviewItemStore.Conflict("This review item names no world entity, so there is nothing to correct;"
          + " approve or reject it instead.");
    }
    UUID reviewed = item.eventIds().isEmpty() ? null : item.eventIds().get(0);
    String[] kind = reviewed == null ? null : h.createQuery("SELECT event_type, domain FROM console.events"
            + " WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", reviewed)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne().orElse(null);
    NewEvent corrected = new NewEvent(item.entityId(), kind == null ? "review.corrected" : kind[0],
        kind == null ? "clinical" : kind[1], SOURCE, 1.0, JSON.valueToTree(data), kind == null ? null : reviewed,
        "review-correct:" + item.id(), null);
    try {
      return world.append(h, ws, List.of(corrected)).get(0);
    } catch (WorldInputException e) {
      throw new ReviewItemStore.Conflict("The world model refused the correction: " + e.getMessage());
    }
  }
}
