package dev.wsconsole.server.audit;

import java.util.Map;

/**
 * One audit entry before it is chained: who (actor fields), did what (action) to what (target),
 * whether it was allowed or denied and why, under which request id.
 */
public record AuditRecord(Map<String, Object> actor, String action, String target, String result, String reason,
                          String requestId) {

  public static AuditRecord allowed(Map<String, Object> actor, String action, String target, String requestId) {
    return new AuditRecord(actor, action, target, "allowed", "", requestId);
  }

  public static AuditRecord denied(Map<String, Object> actor, String action, String target, String reason,
                                   String requestId) {
    return new AuditRecord(actor, action, target, "denied", reason, requestId);
  }
}
