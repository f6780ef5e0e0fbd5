package dev.wsconsole.server.operations;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.core.TextRules;
import dev.wsconsole.server.http.ApiCall;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP handlers of /v1/{workspace_id}/operators: roster (kept by admins), call actions (as one's own operator
 * record, or any with member management), queue and audit log.
 */
public final class OperatorHandlers {
  private final OperatorStore operators;
  private final OperatorSessionStore sessions;
  private final OperatorActionStore actions;
  private final CallStore calls;

  public OperatorHandlers(OperatorStore operators, OperatorSessionStore sessions, OperatorActionStore actions,
                          CallStore calls) {
    this.operators = operators;
    this.sessions = sessions;
    this.actions = actions;
    this.calls = calls;
  }

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 20, 1, 100);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    OperatorStore.Page page = operators.list(call.workspaceId(), limit, offset);
    return Page.of(page.items(), offset, page.total());
  }

  public Object create(ApiCall call) {
    return operators.create(call.workspaceId(), OperatorRequestParsing.create(call), audit(call, "operator.create"));
  }

  public Object get(ApiCall call) {
    return operators.get(call.workspaceId(), id(call)).orElseThrow(OperatorHandlers::notFound);
  }

  public Object update(ApiCall call) {
    UUID id = id(call);
    Map<String, Object> columns = OperatorRequestParsing.update(call);
    return operators.update(call.workspaceId(), id, columns, audit(call, "operator.update"))
        .orElseThrow(OperatorHandlers::notFound);
  }

  public Object join(ApiCall call) {
    UUID id = id(call);
    BodyFields in = call.bodyFields();
    String sid = OperatorRequestParsing.callSid(in);
    return sessions.join(call.workspaceId(), id, boundTo(call), sid, OperatorRequestParsing.mode(in, false),
        audit(call, "join"));
  }

  public Object leave(ApiCall call) {
    UUID id = id(call);
    String sid = OperatorRequestParsing.callSid(call.bodyFields());
    sessions.leave(call.workspaceId(), id, boundTo(call), sid, audit(call, "leave"));
    return new OperatorViews.Success(true);
  }

  public Object switchMode(ApiCall call) {
    UUID id = id(call);
    BodyFields in = call.bodyFields();
    String sid = OperatorRequestParsing.callSid(in);
    String mode = OperatorRequestParsing.mode(in, true);
    sessions.switchMode(call.workspaceId(), id, boundTo(call), sid, mode, audit(call, "switch"));
    return new OperatorViews.Switched(mode);
  }

  public Object guide(ApiCall call) {
    UUID id = id(call);
    BodyFields in = call.bodyFields();
    String sid = OperatorRequestParsing.callSid(in);
    String message = FieldRules.required(in.string("message", 1, 2000), List.of("body", "message"));
    sessions.guide(call.workspaceId(), id, boundTo(call), sid, message, audit(call, "guide"));
    return new OperatorViews.GuidanceSent("delivered", sid);
  }

  public Object wrapUp(ApiCall call) {
    UUID id = id(call);
    BodyFields in = call.bodyFields();
    String sid = OperatorRequestParsing.callSid(in);
    String outcome = FieldRules.required(in.oneOf("outcome", OperatorRules.OUTCOMES), List.of("body", "outcome"));
    String notes = in.string("notes", 0, 4000);
    sessions.wrapUp(call.workspaceId(), id, boundTo(call), sid, outcome, notes == null ? "" : notes,
        audit(call, "wrap"));
    return new OperatorViews.Success(true);
  }

  public Object queue(ApiCall call) {
    Instant now = Instant.now();
    List<OperatorViews.QueueItem> items = calls.live(call.workspaceId()).stream()
        .map(c -> OperatorRules.queueItem(c, now))
        .sorted(Comparator.comparingDouble(OperatorViews.QueueItem::priorityScore).reversed()).toList();
    return new OperatorViews.Queue(call.workspaceId(), items, items.size());
  }

  public Object auditLog(ApiCall call) {
    String op = call.query("operator_id");
    UUID operator = op == null ? null : Params.uuid(List.of("query", "operator_id"), op);
    String action = call.query("action");
    if (action != null) {
      TextRules.oneOf(List.of("query", "action"), action, OperatorRules.ACTIONS);
    }
    int limit = call.queryInt("limit", 50, 1, 200);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    OperatorActionStore.Page page = actions.list(call.workspaceId(), operator, action, limit, offset);
    return Page.of(page.items(), offset, page.total());
  }

  private static AuditRecord audit(ApiCall call, String action) {
    return AuditRecord.allowed(call.actor(), action, "", call.requestId());
  }

  /** The account the operator record must be bound to for this caller to act as it (null: any record). */
  private static UUID boundTo(ApiCall call) {
    return OperatorRules.boundTo(call.access());
  }

  private static UUID id(ApiCall call) {
    return call.pathUuid("operator_id");
  }

  private static DomainException notFound() {
    return DomainException.notFound("Operator not found");
  }
}
