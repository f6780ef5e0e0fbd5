package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.OperatorRequests;
import dev.wsconsole.model.wire.OperatorViews;
import java.util.List;
import java.util.UUID;

/** A workspace's operator roster, their call actions, the live queue and their log ({@code /v1/{ws}/operators}). */
public final class OperatorsApi {
  private final JsonHttp http;

  OperatorsApi(JsonHttp http) {
    this.http = http;
  }

  public Page<OperatorViews.Operator> list(UUID ws, int limit, Integer token) {
    return http.page(base(ws) + "?limit=" + limit + QueryText.token(token), OperatorViews.Operator.class);
  }

  public OperatorViews.Operator get(UUID ws, UUID operator) {
    return http.get(base(ws) + "/" + operator, OperatorViews.Operator.class);
  }

  /** Adds an operator (offline) to the roster. */
  public OperatorViews.Operator create(UUID ws, String name, String email) {
    OperatorRequests.Create body = new OperatorRequests.Create(name, email, null, null, null, null, null);
    return http.send("POST", base(ws), body, OperatorViews.Operator.class);
  }

  /** Joins a live call in {@code mode} ({@code listen} or {@code takeover}); answers the mode joined in. */
  public String join(UUID ws, UUID operator, String callSid, String mode) {
    return act(ws, operator, "join-call", new OperatorRequests.Join(callSid, mode), OperatorViews.Joined.class)
        .mode();
  }

  public void leave(UUID ws, UUID operator, String callSid) {
    act(ws, operator, "leave-call", new OperatorRequests.Leave(callSid), OperatorViews.Success.class);
  }

  /** Switches between listening and taking over; answers the new mode. */
  public String switchMode(UUID ws, UUID operator, String callSid, String mode) {
    return act(ws, operator, "switch-mode", new OperatorRequests.SwitchMode(callSid, mode, null),
        OperatorViews.Switched.class).mode();
  }

  /** Whispers guidance to the agent; answers the delivery status. */
  public String guide(UUID ws, UUID operator, String callSid, String message) {
    return act(ws, operator, "send-guidance", new OperatorRequests.Guidance(callSid, message),
        OperatorViews.GuidanceSent.class).status();
  }

  /** Closes the operator's part in a call they joined with an outcome (resolved, escalated, transferred). */
  public void wrapUp(UUID ws, UUID operator, String callSid, String outcome, String notes) {
    act(ws, operator, "wrap-up", new OperatorRequests.WrapUp(callSid, outcome, notes),
        OperatorViews.Success.class);
  }

  /** The live calls, highest priority first. */
  public List<OperatorViews.QueueItem> queue(UUID ws) {
    return http.get(base(ws) + "/queue", OperatorViews.Queue.class).queue();
  }

  /** The newest {@code limit} actions of one operator ({@code event_type} is {@code operator.join_call}...). */
  public List<OperatorViews.AuditEvent> actions(UUID ws, UUID operator, int limit) {
    return http.page(base(ws) + "/audit-log?operator_id=" + operator + "&limit=" + limit,
        OperatorViews.AuditEvent.class).items();
  }

  private <T> T act(UUID ws, UUID operator, String action, Record body, Class<T> answer) {
    return http.send("POST", base(ws) + "/" + operator + "/" + action, body, answer);
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/operators";
  }
}
