package dev.wsconsole.model.wire;

import dev.wsconsole.model.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers of the operator routes, field for field as the contract names them. */
public final class OperatorViews {
  private OperatorViews() {}

  /** One operator of the roster, with the call they are on (if any). */
  public record Operator(UUID id, UUID workspaceId, @Nullable String name, @Nullable String email,
                         @Nullable String phoneNumber, String role, @Nullable String type, String connectionMethod,
                         List<String> skills, String status, @Nullable String activeCallSid,
                         int totalEscalationsHandled, double avgHandleTimeSeconds, @Nullable Instant lastCallAt,
                         @Nullable Instant lastStatusChange, Instant createdAt, Instant updatedAt) {}

  /** The answer of join-call. */
  public record Joined(String participantCallSid, String conferenceSid, String mode, UUID operatorEntityId) {}

  /** The answer of leave-call and wrap-up. */
  public record Success(boolean success) {}

  /** The answer of switch-mode. */
  public record Switched(String mode) {}

  /** The answer of send-guidance. */
  public record GuidanceSent(String status, String callSid) {}

  /** A live call waiting for attention, scored. */
  public record QueueItem(String callSid, String callerId, @Nullable String callerPhone, String currentState,
                          String direction, @Nullable UUID serviceId, int turnCount, double waitSeconds,
                          double priorityScore, List<String> priorityReasons, @Nullable Double riskScore,
                          @Nullable String riskLevel, boolean escalationActive, List<String> dataQualityFlags,
                          @Nullable Instant startedAt, @Nullable String currentEmotion,
                          @Nullable Double currentValence) {}

  /** The operator queue: live calls, highest priority first. */
  public record Queue(UUID workspaceId, List<QueueItem> queue, int totalActive) {}

  /** One operator action as the audit log shows it. */
  public record AuditEvent(UUID id, UUID workspaceId, String eventType, Map<String, Object> data, String source,
                           Instant createdAt, Instant ingestedAt) {}
}
