package dev.wsconsole.server.operations;

import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.core.TextRules;
import dev.wsconsole.server.http.ApiCall;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** HTTP handlers of /v1/{workspace_id}/calls and sessions/active, and the development-only call simulator. */
public final class CallHandlers {
  static final int MAX_SIMULATED = 200;
  private final AuditStore audit;
  private final CallStore calls;
  private final CallSimulator simulator;

  public CallHandlers(AuditStore audit, CallStore calls, CallSimulator simulator) {
    this.audit = audit;
    this.calls = calls;
    this.simulator = simulator;
  }

  public Object list(ApiCall call) {
    CallFilter filter = filter(call);
    int limit = call.queryInt("limit", 20, 1, 100);
    int offset = call.query("continuation_token") != null ? call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE)
        : call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    CallStore.Page page = calls.list(call.workspaceId(), filter, limit, offset);
    Instant now = Instant.now();
    List<CallViews.CallSummary> items = page.items().stream().map(c -> summary(c, now)).toList();
    boolean more = offset + items.size() < page.total();
    return new CallViews.CallListResponse(items, page.total(), more, more ? offset + items.size() : null);
  }

  private static CallFilter filter(ApiCall call) {
    String status = call.query("status");
    if (status != null) {
      TextRules.oneOf(List.of("query", "status"), status, CallRecord.STATUSES);
    }
    String direction = call.query("direction");
    if (direction != null) {
      TextRules.oneOf(List.of("query", "direction"), direction, CallRecord.DIRECTIONS);
    }
    String service = call.query("service_id");
    return new CallFilter(date(call, "date_from"), date(call, "date_to"), status, direction,
        optionalInt(call, "min_duration"), optionalInt(call, "max_duration"),
        service == null ? null : Params.uuid(List.of("query", "service_id"), service),
        call.queryBool("include_simulated", true));
  }

  private static Integer optionalInt(ApiCall call, String name) {
    return call.query(name) == null ? null : call.queryInt(name, 0, 0, Integer.MAX_VALUE);
  }

  private static LocalDate date(ApiCall call, String name) {
    String text = call.query(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(List.of("query", name), "Input should be a valid date, like 2026-01-31",
          "date_parsing");
    }
  }

  public Object get(ApiCall call) {
    String key = call.pathParam("call_id");
    if (key == null || key.isBlank() || key.length() > 64) {
      throw DomainException.invalid(List.of("path", "call_id"), "Input should be a call id or call SID", "string_type");
    }
    CallRecord c = calls.find(call.workspaceId(), key).orElseThrow(() -> DomainException.notFound("Call not found"));
    return detail(c, calls.operatorsOn(call.workspaceId(), c.id()));
  }

  public Object active(ApiCall call) {
    return calls.live(call.workspaceId()).stream()
        .map(c -> new CallViews.ActiveSession(c.callSid(), c.caller(), c.direction(),
            c.durationSeconds(Instant.now()), c.currentState(), c.scenario(), c.serviceId(), c.workspaceId()))
        .toList();
  }

  public Object simulate(ApiCall call) {
    var body = call.bodyTree();
    int count = 10;
    if (body != null && body.has("count")) {
      var node = body.get("count");
      if (!node.isInt() || node.asInt() < 1 || node.asInt() > MAX_SIMULATED) {
        throw DomainException.invalid(List.of("body", "count"),
            "Input should be an integer from 1 to " + MAX_SIMULATED, "int_range");
      }
      count = node.asInt();
    }
    try {
      CallViews.SimulationResult result = simulator.simulate(call.workspaceId(), count, System.nanoTime());
      audit.record(call.workspaceId(), AuditRecord.allowed(call.actor(), "calls.simulate",
          result.runId() + " (" + result.created() + " calls)", call.requestId()));
      return result;
    } catch (CallSimulator.NotDevelopment e) {
      throw DomainException.conflict(e.getMessage());
    }
  }

  static CallViews.CallSummary summary(CallRecord c, Instant now) {
    return new CallViews.CallSummary(c.id(), c.callSid(), c.caller(), c.phoneNumber(), c.serviceId(), c.direction(),
        c.status(), c.source(), c.completionReason(), c.finalState(), c.durationSeconds(now), c.turns().size(),
        c.qualityScore(), false, c.startedAt());
  }

  static CallViews.CallDetailResponse detail(CallRecord c, List<CallViews.Participant> operators) {
    List<CallViews.Participant> people = new java.util.ArrayList<>();
    people.add(new CallViews.Participant("caller", "caller", null, c.caller(), c.startedAt(), c.endedAt()));
    people.add(new CallViews.Participant("agent", "agent", "Voice agent", null, c.startedAt(), c.endedAt()));
    people.addAll(operators);
    return new CallViews.CallDetailResponse(c.id(), c.workspaceId(), c.callSid(), c.caller(), c.phoneNumber(),
        c.serviceId(), c.direction(), c.status(), c.source(), c.completionReason(), c.finalState(), c.startedAt(),
        c.endedAt(), c.durationSeconds(Instant.now()), c.qualityScore(), false, c.statesVisited(), c.turns(), people);
  }
}
