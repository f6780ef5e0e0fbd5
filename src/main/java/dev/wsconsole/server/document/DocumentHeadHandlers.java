package dev.wsconsole.server.document;

import dev.wsconsole.model.Page;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import dev.wsconsole.server.core.ListQuery;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The create, list, get, update and delete handlers every versioned document (agent, context graph)
 * shares; {@code view} turns a stored head into the contract's response.
 */
public final class DocumentHeadHandlers {
  public static final int NAME_MAX = 256;
  public static final int DESCRIPTION_MAX = 2000;
  private static final Map<String, String> SORTABLE = Map.of("name", "p.name", "created_at", "p.created_at",
      "updated_at", "p.updated_at", "latest_version", "p.latest_version");
  private final DocumentStore store;
  private final String label;
  private final String idParam;
  private final Function<DocumentRows.Head, Object> view;

  public DocumentHeadHandlers(DocumentStore store, String label, String idParam,
                              Function<DocumentRows.Head, Object> view) {
    this.store = store;
    this.label = label;
    this.idParam = idParam;
    this.view = view;
  }

  public Object create(ApiCall call) {
    DocumentRequests.Create req = call.body(DocumentRequests.Create.class);
    String name = FieldRules.name(req.name(), List.of("body", "name"), NAME_MAX);
    String description = FieldRules.text(req.description(), List.of("body", "description"), DESCRIPTION_MAX);
    try {
      return view.apply(store.create(call.workspaceId(), name, description == null ? "" : description,
          audit(call, "create")));
    } catch (DocumentStore.DuplicateNameException e) {
      throw duplicate(name);
    }
  }

  public Object list(ApiCall call) {
    ListQuery q = ListQuery.from(call::query, SORTABLE, "created_at");
    var page = store.list(call.workspaceId(), q);
    return Page.of(page.items().stream().map(view).toList(), q.offset(), page.total());
  }

  public Object get(ApiCall call) {
    return view.apply(store.get(call.workspaceId(), id(call)).orElseThrow(this::notFound));
  }

  public Object update(ApiCall call) {
    UUID id = id(call);
    DocumentRequests.Update req = call.body(DocumentRequests.Update.class);
    String name = req.name() == null ? null : FieldRules.name(req.name(), List.of("body", "name"), NAME_MAX);
    String description = FieldRules.text(req.description(), List.of("body", "description"), DESCRIPTION_MAX);
    try {
      return view.apply(store.update(call.workspaceId(), id, name, description, audit(call, "update"))
          .orElseThrow(this::notFound));
    } catch (DocumentStore.DuplicateNameException e) {
      throw duplicate(name);
    }
  }

  public Object delete(ApiCall call) {
    switch (store.delete(call.workspaceId(), id(call), audit(call, "delete"))) {
      case NOT_FOUND:
        throw notFound();
      case IN_USE:
        throw DomainException.conflict(label + " is used by a service; point the service elsewhere or delete it first.");
      default:
        return null;
    }
  }

  /** The path's document id (422 when not a UUID). */
  public UUID id(ApiCall call) {
    return call.pathUuid(idParam);
  }

  public DomainException notFound() {
    return DomainException.notFound(label);
  }

  public AuditRecord audit(ApiCall call, String verb) {
    return AuditRecord.allowed(call.actor(), store.kindName() + "." + verb, "", call.requestId());
  }

  private DomainException duplicate(String name) {
    return DomainException.conflict("The name '" + name + "' is already used by another "
        + label.toLowerCase(java.util.Locale.ROOT) + " in this workspace.");
  }
}
