package dev.wsconsole.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.operations.CallSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's operations: labelled simulated calls, the operator listening to one in progress, and the operator
 * working the review queue through the API (a correction, approvals, a claim, the rest pending).
 */
final class DemoOperationSteps {
  /** Calls per clinic; every fourth stays in progress. */
  static final int CALLS = 12;

  private DemoOperationSteps() {}

  /**
   * The demo clinics are staging and production, where the simulator's API refuses (real patients could be
   * there); these workspaces hold only what the demo just made, so the demo writes the same labelled calls.
   */
  static void calls(DemoWorkspace ws) {
    var result = new CallSimulator(ws.backend().directory(), ws.backend().calls())
        .simulateInDemoWorkspace(ws.id(), CALLS, ws.clinic().slug().hashCode());
    ws.backend().audit().record(ws.id(), AuditRecord.allowed(Map.of("kind", "demo"), "calls.simulate",
        result.runId() + " (" + result.created() + " calls, demo)", "demo"));
    // The admin keeps the roster; the record's email is the operator's account, so it is theirs to act as.
    DemoApi admin = ws.people().byRole().get(Role.ADMIN).api();
    DemoApi operator = ws.people().byRole().get(Role.OPERATOR).api();
    String me = admin.post(ws.in() + "/operators", Map.of("name", "Riverside operator", "email",
        ws.people().byRole().get(Role.OPERATOR).email(), "skills", List.of("scheduling", "refills"))).get("id").asText();
    JsonNode live = operator.get(ws.in() + "/sessions/active");
    if (live.size() > 0) {
      operator.post(ws.in() + "/operators/" + me + "/join-call", Map.of("call_sid",
          live.get(0).get("call_sid").asText(), "mode", "listen"));
    }
  }

  /** The operator claims and resolves a few pending items, oldest first. */
  static void reviewQueue(DemoWorkspace ws) {
    DemoApi operator = ws.people().byRole().get(Role.OPERATOR).api();
    String queue = ws.in() + "/review-queue";
    List<JsonNode> events = new ArrayList<>();
    List<JsonNode> calls = new ArrayList<>();
    for (JsonNode item : operator.get(queue + "?status=pending&limit=20").get("items")) {
      (item.get("event_ids").isEmpty() ? calls : events).add(item);
    }
    for (int i = 0; i < Math.min(3, events.size()); i++) {
      String one = queue + "/" + events.get(i).get("id").asText();
      operator.post(one + "/claim", null);
      if (i == 0) {
        operator.post(one + "/correct", Map.of("corrected_data", Map.of("reported_medication",
            events.get(i).get("proposed_data").get("reported_medication").asText() + ", once daily"),
            "notes", "Dose confirmed against the chart"));
      } else if (i == 1) {
        operator.post(one + "/approve", Map.of("notes", "Matches the medication list"));
      }
    }
    if (!calls.isEmpty()) {
      String one = queue + "/" + calls.get(0).get("id").asText();
      operator.post(one + "/claim", null);
      operator.post(one + "/approve", Map.of("notes", "Listened to the recording: transcript is right"));
    }
  }
}
