package dev.wsconsole.desktop.operators;

import dev.wsconsole.model.wire.OperatorViews;
import java.util.List;

/**
 * The acting operator as the page shows them: the roster entry, the mode on their current call (from the
 * newest join or switch in their log) and the call they may still wrap up (joined, not wrapped up yet).
 */
public record OperatorState(OperatorViews.Operator operator, String mode, String wrapUpCallSid) {

  /** Reads the mode and the call to wrap up from the operator's log, newest action first. */
  static OperatorState of(OperatorViews.Operator operator, List<OperatorViews.AuditEvent> newestFirst) {
    String mode = null;
    String active = operator.activeCallSid();
    if (active != null) {
      mode = newestFirst.stream()
          .filter(a -> active.equals(callSid(a)) && a.data().get("mode") != null
              && (a.eventType().equals("operator.join_call") || a.eventType().equals("operator.switch_mode")))
          .map(a -> a.data().get("mode").toString()).findFirst().orElse(null);
    }
    String wrap = newestFirst.stream().filter(a -> callSid(a) != null).findFirst()
        .filter(a -> !a.eventType().equals("operator.wrap_up")).map(OperatorState::callSid).orElse(null);
    return new OperatorState(operator, mode, wrap);
  }

  /** The call an action was about ({@code data.call_sid}), or null. */
  static String callSid(OperatorViews.AuditEvent action) {
    Object sid = action.data().get("call_sid");
    return sid == null ? null : sid.toString();
  }

  public boolean onCall() {
    return operator.activeCallSid() != null;
  }

  /** One line: who, their status, and the call and mode they are on. */
  public String describe() {
    String who = operator.name() == null ? operator.email() : operator.name();
    String call = onCall() ? "on call " + operator.activeCallSid() + (mode == null ? "" : " (" + mode + ")")
        : wrapUpCallSid != null ? "left call " + wrapUpCallSid + ", to wrap up" : "not on a call";
    return who + " — " + operator.status() + ", " + call;
  }
}
