package dev.wsconsole.server.operations;

import dev.wsconsole.model.wire.CallViews;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A call as stored: who called which number of which service, its direction, status, scenario and
 * turns; {@code endedAt} is null while it is in progress.
 */
public record CallRecord(UUID id, UUID workspaceId, String callSid, String caller, UUID serviceId,
                         UUID phoneNumberId, String phoneNumber, String direction, String status, String source,
                         String runId,
                         String scenario, String currentState, String finalState, String completionReason,
                         Double qualityScore, Double riskScore, List<String> statesVisited,
                         List<CallViews.Turn> turns, Instant startedAt, Instant endedAt) {

  public static final List<String> DIRECTIONS = List.of("inbound", "outbound", "playground", "simulated", "test");
  public static final List<String> STATUSES = List.of("initiated", "ringing", "in-progress", "completed", "busy",
      "no-answer", "canceled", "failed", "unknown");

  public CallRecord {
    statesVisited = List.copyOf(statesVisited);
    turns = List.copyOf(turns);
  }

  /** Whether the call is still going on (an operator may join it). */
  public boolean live() {
    return endedAt == null && (status.equals("in-progress") || status.equals("ringing"));
  }

  /** Seconds from start to end, or to {@code now} while it is live. */
  public double durationSeconds(Instant now) {
    Instant end = endedAt != null ? endedAt : now;
    return Math.max(0, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
  }
}
