package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.ReviewRequests;
import dev.wsconsole.model.wire.ReviewViews.ReviewItemResponse;
import dev.wsconsole.model.wire.ReviewViews;
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

  /** {@code limit} items in {@code status} (null: any) from {@code token}, oldest first. */
  public Page<ReviewItemResponse> list(UUID ws, String status, int limit, Integer token) {
    return http.page(base(ws) + "?limit=" + limit + QueryText.token(token)
        + (status == null ? "" : "&status=" + QueryText.enc(status)), ReviewItemResponse.class);
  }

  /** The item with its entity's current state and its events. */
  public ReviewItemResponse get(UUID ws, UUID item) {
    return http.get(base(ws) + "/" + item, ReviewItemResponse.class);
  }

  public void claim(UUID ws, UUID item) {
    http.send("POST", base(ws) + "/" + item + "/claim", null, ReviewViews.ClaimResponse.class);
  }

  public void unclaim(UUID ws, UUID item) {
    http.send("POST", base(ws) + "/" + item + "/unclaim", null, ReviewViews.ClaimResponse.class);
  }

  public ReviewItemResponse approve(UUID ws, UUID item, String notes) {
    return http.send("POST", base(ws) + "/" + item + "/approve", new ReviewRequests.Approve(orNull(notes)),
        ReviewItemResponse.class);
  }

  public ReviewItemResponse reject(UUID ws, UUID item, String reason) {
    return http.send("POST", base(ws) + "/" + item + "/reject", new ReviewRequests.Reject(reason),
        ReviewItemResponse.class);
  }

  /** Closes the item as corrected; the server writes the corrected data as a superseding world event. */
  public ReviewItemResponse correct(UUID ws, UUID item, Map<String, Object> correctedData, String notes) {
    return http.send("POST", base(ws) + "/" + item + "/correct", new ReviewRequests.Correct(correctedData,
        orNull(notes)), ReviewItemResponse.class);
  }

  /** Blank notes go as none (the server reads a null field as absent). */
  private static String orNull(String notes) {
    return notes == null || notes.isBlank() ? null : notes;
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/review-queue";
  }
}
