package dev.wsconsole.server.service;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.ServiceRequests.Fields;
import dev.wsconsole.model.wire.ServiceResponses.ServiceView;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.ListQuery;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/services: CRUD, list with search, sort and is_active. */
public final class ServiceHandlers {
  private static final Map<String, String> SORTABLE = Map.of("name", "s.name", "created_at", "s.created_at",
      "updated_at", "s.updated_at", "environment", "s.environment", "channel_type", "s.channel_type");
  private final ServiceStore store;

  public ServiceHandlers(ServiceStore store) {
    this.store = store;
  }


  public Object create(ApiCall call) {
    Fields req = call.body(Fields.class);
    noPersona(req);
    ServiceDraft draft = ServiceRules.check(ServiceDraft.create(req));
    try {
      return view(store.create(call.workspaceId(), draft, audit(call, "create")));
    } catch (ServiceStore.DuplicateNameException e) {
      throw duplicate(draft.name());
    } catch (ServiceReferenceStore.MissingReferenceException e) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, e.getMessage());
    }
  }

  public Object list(ApiCall call) {
    ListQuery q = ListQuery.from(call::query, SORTABLE, "created_at");
    String active = call.query("is_active");
    Boolean isActive = active == null || active.isEmpty() ? null
        : Params.bool(List.of("query", "is_active"), active, false);
    var page = store.list(call.workspaceId(), q, isActive);
    return Page.of(page.items().stream().map(ServiceHandlers::view).toList(), q.offset(), page.total());
  }

  public Object get(ApiCall call) {
    return view(store.get(call.workspaceId(), id(call)).orElseThrow(() -> DomainException.notFound("Service")));
  }

  public Object update(ApiCall call) {
    UUID id = id(call);
    Fields req = call.body(Fields.class);
    noPersona(req);
    try {
      return view(store.update(call.workspaceId(), id, current -> ServiceRules.check(current.with(req)),
          audit(call, "update")).orElseThrow(() -> DomainException.notFound("Service")));
    } catch (ServiceStore.DuplicateNameException e) {
      throw duplicate(req.name() == null ? "" : req.name().strip());
    } catch (ServiceReferenceStore.MissingReferenceException e) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, e.getMessage());
    }
  }

  public Object delete(ApiCall call) {
    switch (store.delete(call.workspaceId(), id(call), audit(call, "delete"))) {
      case NOT_FOUND:
        throw DomainException.notFound("Service");
      case IN_USE:
        throw DomainException.conflict("Service is still used by a phone number, call or surface; detach it first.");
      default:
        return null;
    }
  }

  /** Personas are not part of this console: any persona id names nothing in the workspace. */
  private static void noPersona(Fields req) {
    if (req.personaId() != null) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "Persona not found: persona_id " + req.personaId()
          + " names no persona in this workspace");
    }
  }

  private static UUID id(ApiCall call) {
    return call.pathUuid("service_id");
  }

  private static AuditRecord audit(ApiCall call, String verb) {
    return AuditRecord.allowed(call.actor(), "service." + verb, "", call.requestId());
  }

  private static DomainException duplicate(String name) {
    return DomainException.conflict("The name '" + name + "' is already used by another service in this workspace.");
  }

  /** ServiceResponse of a stored service; this console has no personas or system services. */
  static ServiceView view(ServiceRow r) {
    ServiceDraft d = r.settings();
    return new ServiceView(r.id(), r.workspaceId(), d.name(), d.description(), d.agentId(), r.agentName(),
        d.contextGraphId(), r.contextGraphName(), d.channelType(), d.environment(), d.escalationPolicy(),
        d.isActive(), false, d.keyterms(), null, null, d.safetyFiltersEnabled(), d.tags(), d.toolCapacity(),
        d.versionSets(), d.voiceConfig(), r.createdAt(), r.updatedAt());
  }
}
