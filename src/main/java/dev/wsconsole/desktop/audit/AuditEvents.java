package dev.wsconsole.desktop.audit;

import dev.wsconsole.model.wire.AuditResponses;

/** What the console shows of an audit event beyond its contract fields: the outcome, reason and chain position. */
public final class AuditEvents {
  private AuditEvents() {}

  /** The outcome the server recorded ({@code metadata.result}), or empty. */
  public static String result(AuditResponses.Event e) {
    return text(e, "result");
  }

  /** Why the action was refused or done ({@code metadata.reason}), or empty. */
  public static String reason(AuditResponses.Event e) {
    return text(e, "reason");
  }

  /** The event's position in the workspace's hash chain ({@code metadata.seq}), or 0. */
  public static long seq(AuditResponses.Event e) {
    return e.metadata().get("seq") instanceof Number n ? n.longValue() : 0;
  }

  private static String text(AuditResponses.Event e, String key) {
    Object value = e.metadata().get(key);
    return value == null ? "" : value.toString();
  }
}
