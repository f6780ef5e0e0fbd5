package dev.wsconsole.server.review;

import java.time.Instant;

/** The review queue's list filters (null when not asked for) and its order (a column chosen from an allow-list). */
public record ReviewFilter(String status, String entityType, Integer priority, String reason, String assignedTo,
                           Instant createdAfter, Instant createdBefore, String sortColumn, boolean descending) {

  public static ReviewFilter all() {
    return new ReviewFilter(null, null, null, null, null, null, null, "created_at", false);
  }
}
