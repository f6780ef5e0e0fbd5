package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.http.ApiCall;
import java.util.UUID;

/** Audit entries of voice sign-in: every attempt, success, failure, refusal and skip, with its reason. */
final class VoiceAudit {
  static final String ENROLL = "voiceprint.enroll";
  static final String VERIFY = "voiceprint.verify";
  static final String CHALLENGE = "voiceprint.challenge";
  static final String DELETE = "voiceprint.delete";
  /** A skipped voice step: a security event owners list with {@code GET /v1/{ws}/audit?action=voiceprint.skip}. */
  static final String SKIP = "voiceprint.skip";
  /** A failed verification that closed the workspace to the session: also a security event. */
  static final String STEP_FAILED = "voiceprint.step_failed";
  private final AuditStore audit;

  VoiceAudit(AuditStore audit) {
    this.audit = audit;
  }

  static AuditRecord allowed(ApiCall call, String action, UUID entity, String reason) {
    return new AuditRecord(call.actor(), action, target(entity), "allowed", reason, call.requestId());
  }

  static AuditRecord denied(ApiCall call, String action, UUID entity, String reason) {
    return AuditRecord.denied(call.actor(), action, target(entity), reason, call.requestId());
  }

  /** Records a refusal in its own transaction (nothing else is written with it). */
  void refused(ApiCall call, String action, UUID entity, String reason) {
    audit.record(call.workspaceId(), denied(call, action, entity, reason));
  }

  void record(ApiCall call, AuditRecord entry) {
    audit.record(call.workspaceId(), entry);
  }

  static String target(UUID entity) {
    return entity == null ? "voiceprint" : "entity:" + entity;
  }
}
