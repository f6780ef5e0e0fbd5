package dev.wsconsole.desktop.operators;

import dev.wsconsole.model.wire.ReviewViews.ReviewItemResponse;
import java.util.Map;
import java.util.stream.Collectors;

/** The open review item in words: why it is queued, what it proposes, who holds it, how it ended. */
final class ReviewText {
  private ReviewText() {}

  /** Whether approve, reject or correct already closed {@code item}. */
  static boolean finished(ReviewItemResponse item) {
    return item.status().equals("completed") || item.status().equals("rejected");
  }

  static String describe(ReviewItemResponse item, boolean mine) {
    StringBuilder out = new StringBuilder();
    out.append(item.reason().replace('_', ' ')).append(" · priority ").append(item.priority())
        .append(item.entityType() == null ? "" : " · about a " + item.entityType()).append('\n');
    out.append("Status: ").append(item.status().replace('_', ' '))
        .append(item.assignedTo() == null ? "" : mine ? " (held by you)" : " (held by another reviewer)");
    if (item.completedAction() != null) {
      out.append(" — ").append(item.completedAction());
    }
    out.append("\nProposed: ").append(fields(item.proposedData()));
    Map<String, Object> resolution = item.resolution() == null ? Map.of() : item.resolution();
    Object corrected = resolution.get("corrected_data");
    if (corrected instanceof Map<?, ?> map) {
      out.append("\nCorrected to: ").append(fields(map));
    }
    for (String key : new String[] {"notes", "reason"}) {
      if (resolution.get(key) != null) {
        out.append("\n").append(key.equals("notes") ? "Notes: " : "Reason: ").append(resolution.get(key));
      }
    }
    if (item.entity() != null && item.entity().state() != null && !item.entity().state().isEmpty()) {
      out.append("\nEntity now: ").append(fields(item.entity().state()));
    }
    return out.toString();
  }

  private static String fields(Map<?, ?> data) {
    return data.isEmpty() ? "—" : data.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
