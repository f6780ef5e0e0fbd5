package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's review queue: list, read, claim, release, approve, reject, correct ({@code /v1/{ws}/review-queue}). */
public final class ReviewQueueApi {
  /** The statuses the server filters on. */
  public static final List<String> STATUSES = List.of("pending", "in_progress", "completed", "rejected");
  private final JsonHttp http;

  ReviewQueueApi(JsonHttp http) {
    this.http = http;
  }

  /**
   * A review item: why it is queued, what it proposes, who holds it, how it ended (its resolution holds
   * notes, reason or corrected data) and, when read one by one, its entity's current state.
   */
  public record Item(UUID id, String entityType, int priority, String reason, String status, UUID assignedTo,
                     String completedAction, Instant createdAt, Map<String, Object> proposedData,
                     Map<String, Object> resolution, Map<String, Object> entityState) {
    /** Whether approve, reject or correct already closed it. */
    public boolean finished() {
      return status.equals("completed") || status.equals("rejected");
    }
  }

  /** {@code limit} items in {@code status} (null: any) from {@code token}, oldest first. */
  public Page<Item> list(UUID ws, String status, int limit, String token) {
    return Nodes.page(http.get(base(ws) + "?limit=" + limit
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))
        + (status == null ? "" : "&status=" + Nodes.enc(status))), ReviewQueueApi::read);
  }

  public Item get(UUID ws, UUID item) {
    return read(http.get(base(ws) + "/" + item));
  }

  public void claim(UUID ws, UUID item) {
    http.send("POST", base(ws) + "/" + item + "/claim", null);
  }

  public void unclaim(UUID ws, UUID item) {
    http.send("POST", base(ws) + "/" + item + "/unclaim", null);
  }

  public Item approve(UUID ws, UUID item, String notes) {
    return read(http.send("POST", base(ws) + "/" + item + "/approve", notes == null || notes.isBlank()
        ? Map.of() : Map.of("notes", notes)));
  }

  public Item reject(UUID ws, UUID item, String reason) {
    return read(http.send("POST", base(ws) + "/" + item + "/reject", Map.of("reason", reason)));
  }

  /** Closes the item as corrected; the server writes the corrected data as a superseding world event. */
  public Item correct(UUID ws, UUID item, Map<String, Object> correctedData, String notes) {
    Map<String, Object> body = new HashMap<>();
    body.put("corrected_data", correctedData);
    if (notes != null && !notes.isBlank()) {
      body.put("notes", notes);
    }
    return read(http.send("POST", base(ws) + "/" + item + "/correct", body));
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/review-queue";
  }

  private static Item read(JsonNode i) {
    return new Item(Nodes.uuid(i, "id"), Nodes.text(i, "entity_type"), i.path("priority").asInt(),
        i.path("reason").asText(), i.path("status").asText(), Nodes.uuid(i, "assigned_to"),
        Nodes.text(i, "completed_action"), Nodes.instant(i, "created_at"), JsonMaps.of(i.path("proposed_data")),
        JsonMaps.of(i.path("resolution")), JsonMaps.of(i.path("entity").path("state")));
  }
}
