package dev.wsconsole.model.wire;

import dev.wsconsole.model.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answers of the call routes, field for field as the contract names them. */
public final class CallViews {
  private CallViews() {}

  /** One row of the call list; {@code entityId} is the call's own id (its world entity). */
  public record CallSummary(UUID entityId, String callSid, String callerId, @Nullable String phoneNumber,
                            @Nullable UUID serviceId, String direction, String status, String source,
                            @Nullable String completionReason, @Nullable String finalState,
                            double durationSeconds, int turns, @Nullable Double qualityScore, boolean hasRecording,
                            Instant startedAt) {}

  /** The call list with its total and the next offset. */
  public record CallListResponse(List<CallSummary> items, long total, boolean hasMore,
                                 @Nullable Integer continuationToken) {}

  /** One conversation turn: what the caller said, what the agent answered, in which state. */
  public record Turn(String id, String speakerRole, @Nullable String userTranscript,
                     @Nullable String agentTranscript, @Nullable String agentAction, String state,
                     @Nullable String emotionLabel, @Nullable Double emotionValence,
                     @Nullable Double sttConfidence, boolean interrupted, String trigger, Instant timestamp) {}

  /** Someone on the call: the caller, the agent, or an operator who joined. */
  public record Participant(String participantId, String role, @Nullable String displayName,
                            @Nullable String phoneNumber, Instant joinedAt, @Nullable Instant leftAt) {}

  /** A call with its turns and participants. */
  public record CallDetailResponse(UUID id, UUID workspaceId, String callSid, String callerId,
                                   @Nullable String phoneNumber, @Nullable UUID serviceId, String direction,
                                   String status, String source, @Nullable String completionReason,
                                   @Nullable String finalState, Instant callStartTime, @Nullable Instant callEndTime,
                                   double callDurationSeconds, @Nullable Double qualityScore, boolean hasRecording,
                                   List<String> statesVisited, List<Turn> turns, List<Participant> participants) {}

  /** A call still in progress. */
  public record ActiveSession(String callSid, String callerId, String direction, double durationSeconds,
                              String currentState, String scenario, @Nullable UUID serviceId, UUID workspaceId) {}

  /** What a simulation run wrote. */
  public record SimulationResult(String runId, int created, List<UUID> callIds, int reviewItems) {}
}
