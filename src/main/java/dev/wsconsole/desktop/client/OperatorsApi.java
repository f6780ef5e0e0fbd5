package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's operator roster, their call actions, the live queue and their log ({@code /v1/{ws}/operators}). */
public final class OperatorsApi {
  private final JsonHttp http;

  OperatorsApi(JsonHttp http) {
    this.http = http;
  }

  /** An operator of the roster and the call they are on (null when none). */
  public record Operator(UUID id, String name, String email, String role, String type, String status,
                         String activeCallSid, int handled) {}

  /** A live call waiting for attention, with its priority. */
  public record QueueItem(String callSid, String callerId, String currentState, double waitSeconds,
                          double priorityScore, String riskLevel, List<String> reasons) {}

  /** One operator action of the log: its type ({@code operator.join_call}...), call, data and time. */
  public record Action(String action, String callSid, Map<String, Object> data, Instant at) {}

  public Page<Operator> list(UUID ws, int limit, String token) {
    return Nodes.page(http.get(base(ws) + "?limit=" + limit
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))), OperatorsApi::read);
  }

  public Operator get(UUID ws, UUID operator) {
    return read(http.get(base(ws) + "/" + operator));
  }

  /** Adds an operator (offline) to the roster. */
  public Operator create(UUID ws, String name, String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("email", email);
    return read(http.send("POST", base(ws), body));
  }

  /** Joins a live call in {@code mode} ({@code listen} or {@code takeover}); answers the mode joined in. */
  public String join(UUID ws, UUID operator, String callSid, String mode) {
    return act(ws, operator, "join-call", Map.of("call_sid", callSid, "mode", mode)).path("mode").asText();
  }

  public void leave(UUID ws, UUID operator, String callSid) {
    act(ws, operator, "leave-call", Map.of("call_sid", callSid));
  }

  /** Switches between listening and taking over; answers the new mode. */
  public String switchMode(UUID ws, UUID operator, String callSid, String mode) {
    return act(ws, operator, "switch-mode", Map.of("call_sid", callSid, "mode", mode)).path("mode").asText();
  }

  /** Whispers guidance to the agent; answers the delivery status. */
  public String guide(UUID ws, UUID operator, String callSid, String message) {
    return act(ws, operator, "send-guidance", Map.of("call_sid", callSid, "message", message)).path("status")
        .asText();
  }

  /** Closes the operator's part in a call they joined with an outcome (resolved, escalated, transferred). */
  public void wrapUp(UUID ws, UUID operator, String callSid, String outcome, String notes) {
    act(ws, operator, "wrap-up", Map.of("call_sid", callSid, "outcome", outcome, "notes", notes));
  }

  /** The live calls, highest priority first. */
  public List<QueueItem> queue(UUID ws) {
    return Nodes.list(http.get(base(ws) + "/queue").path("queue"), q -> new QueueItem(q.path("call_sid").asText(),
        q.path("caller_id").asText(), q.path("current_state").asText(), q.path("wait_seconds").asDouble(),
        q.path("priority_score").asDouble(), Nodes.text(q, "risk_level"), Nodes.strings(q.path("priority_reasons"))));
  }

  /** The newest {@code limit} actions of one operator. */
  public List<Action> actions(UUID ws, UUID operator, int limit) {
    JsonNode page = http.get(base(ws) + "/audit-log?operator_id=" + operator + "&limit=" + limit);
    return Nodes.list(page.path("items"), a -> new Action(a.path("event_type").asText(),
        Nodes.text(a.path("data"), "call_sid"), JsonMaps.of(a.path("data")), Nodes.instant(a, "created_at")));
  }

  private JsonNode act(UUID ws, UUID operator, String action, Map<String, Object> body) {
    return http.send("POST", base(ws) + "/" + operator + "/" + action, body);
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/operators";
  }

  private static Operator read(JsonNode o) {
    return new Operator(Nodes.uuid(o, "id"), Nodes.text(o, "name"), Nodes.text(o, "email"), o.path("role").asText(),
        Nodes.text(o, "type"), o.path("status").asText(), Nodes.text(o, "active_call_sid"),
        o.path("total_escalations_handled").asInt());
  }
}
