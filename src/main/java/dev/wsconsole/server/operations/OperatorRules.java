package dev.wsconsole.server.operations;

import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pure decisions of the operator tools: the vocabularies, who may act as an operator record, and how urgent
 * a live call is.
 */
final class OperatorRules {
  static final List<String> ROLES = List.of("operator", "supervisor", "admin");
  static final List<String> TYPES = List.of("clinical", "administrative", "crisis_counselor");
  static final List<String> CONNECTIONS = List.of("browser", "phone");
  static final List<String> STATUSES = List.of("online", "busy", "offline");
  static final List<String> MODES = List.of("listen", "takeover");
  static final List<String> OUTCOMES = List.of("resolved", "escalated", "transferred");
  static final List<String> ACTIONS = List.of("operator.create", "operator.update", "operator.join_call",
      "operator.leave_call", "operator.switch_mode", "operator.send_guidance", "operator.wrap_up");

  private OperatorRules() {}

  /** A live call's place in the queue: risk weighs most, then waiting time, then a distressed caller. */
  static OperatorViews.QueueItem queueItem(CallRecord c, Instant now) {
    double wait = c.durationSeconds(now);
    double risk = c.riskScore() == null ? 0 : c.riskScore();
    CallViews.Turn last = c.turns().isEmpty() ? null : c.turns().get(c.turns().size() - 1);
    Double valence = last == null ? null : last.emotionValence();
    List<String> reasons = new ArrayList<>();
    double score = risk * 60 + Math.min(wait / 600.0, 1) * 25;
    if (risk >= 0.5) {
      reasons.add("high_risk");
    }
    if (wait >= 300) {
      reasons.add("long_wait");
    }
    if (valence != null && valence < -0.3) {
      score += 15;
      reasons.add("negative_emotion");
    }
    List<String> flags = last != null && last.sttConfidence() != null && last.sttConfidence() < 0.6
        ? List.of("low_transcription_confidence") : List.of();
    return new OperatorViews.QueueItem(c.callSid(), c.caller(), c.caller().matches("^\\+[1-9]\\d{1,14}$")
        ? c.caller() : null, c.currentState(), c.direction(), c.serviceId(), c.turns().size(), wait,
        Math.round(score * 10) / 10.0, reasons, c.riskScore(), riskLevel(risk), false, flags, c.startedAt(),
        last == null ? null : last.emotionLabel(), valence);
  }

  /**
   * The account a caller must be bound to to act as an operator record: none (null) for those who may manage
   * members (admins, owners act as any operator), the caller's own account for everyone else.
   */
  static UUID boundTo(Access access) {
    return access.may(Permission.MEMBER_MANAGE) ? null : access.principal().userId();
  }

  /** Refuses (403) acting as a record bound to another account, or to none, when {@code boundTo} is set. */
  static void requireBound(Optional<UUID> recordOwner, UUID boundTo) {
    if (boundTo != null && !recordOwner.equals(Optional.of(boundTo))) {
      throw DomainException.forbidden("You can act only as the operator record bound to your own account (its"
          + " email is your account's); an admin can act as any operator.");
    }
  }

  static String riskLevel(double risk) {
    return risk >= 0.85 ? "critical" : risk >= 0.6 ? "high" : risk >= 0.3 ? "medium" : "low";
  }
}
