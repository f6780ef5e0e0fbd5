package dev.wsconsole.server.safety;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.MonitorConceptRequests.Fields;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/monitor-concepts: create, list, get, update and delete. */
public final class MonitorConceptHandlers {
  private final MonitorConceptStore store;

  public MonitorConceptHandlers(MonitorConceptStore store) {
    this.store = store;
  }

  public Object create(ApiCall call) {
    MonitorConceptDraft draft = MonitorConceptRules.create(call.body(Fields.class));
    try {
      return store.create(call.workspaceId(), draft, audit(call, "create"));
    } catch (MonitorConceptStore.DuplicateNameException e) {
      throw duplicate(draft.name());
    }
  }

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    var page = store.list(call.workspaceId(), limit, offset);
    return Page.of(page.items(), offset, page.total());
  }

  public Object get(ApiCall call) {
    return store.get(call.workspaceId(), id(call)).orElseThrow(MonitorConceptHandlers::notFound);
  }

  public Object update(ApiCall call) {
    UUID id = id(call);
    Fields req = call.body(Fields.class);
    // Bad input is a 422 whether or not the concept exists, and is answered before any transaction.
    MonitorConceptRules.update(MonitorConceptRules.create(new Fields("probe", "", null, null, null, null, null)), req);
    try {
      return store.update(call.workspaceId(), id, current -> MonitorConceptRules.update(current, req),
          audit(call, "update")).orElseThrow(MonitorConceptHandlers::notFound);
    } catch (MonitorConceptStore.DuplicateNameException e) {
      throw duplicate(req.name() == null ? "" : req.name().strip());
    }
  }

  public Object delete(ApiCall call) {
    if (!store.delete(call.workspaceId(), id(call), audit(call, "delete"))) {
      throw notFound();
    }
    return null;
  }

  private static UUID id(ApiCall call) {
    return call.pathUuid("concept_id");
  }

  private static DomainException notFound() {
    return DomainException.notFound("Monitor concept");
  }

  private static AuditRecord audit(ApiCall call, String verb) {
    return AuditRecord.allowed(call.actor(), "monitor_concept." + verb, "", call.requestId());
  }

  private static DomainException duplicate(String name) {
    return DomainException.conflict("The name '" + name + "' is already used by another monitor concept in this"
        + " workspace.");
  }
}
