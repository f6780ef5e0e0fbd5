package dev.wsconsole.server.workspace;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Workspace;
import dev.wsconsole.model.wire.WorkspaceRequests;
import dev.wsconsole.model.wire.WorkspaceResponses;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.UUID;

/** HTTP handlers of /v1/me/workspaces and /v1/workspaces/{workspace_id}/... */
public final class WorkspaceHandlers {
  private final DirectoryStore directory;

  public WorkspaceHandlers(DirectoryStore directory) {
    this.directory = directory;
  }

  public WorkspaceView create(ApiCall call) {
    WorkspaceRequests.Create req = call.body(WorkspaceRequests.Create.class);
    String slug = WorkspaceRules.slug(req.slug(), List.of("body", "slug"));
    String name = WorkspaceRules.name(req.name(), List.of("body", "name"));
    String region = WorkspaceRules.region(req.region(), List.of("body", "region"));
    if (req.environment() == null) {
      throw DomainException.invalid(List.of("body", "environment"), "Field required: production, staging or development",
          "missing");
    }
    UUID id = UUID.randomUUID();
    try {
      Workspace ws = directory.createWithOwner(id, slug, name, req.environment(), region, req.backendOrgId(),
          call.principal().userId(), AuditRecord.allowed(call.actor(), "workspace.create", "workspace:" + id,
              call.requestId()));
      return WorkspaceView.of(ws);
    } catch (DirectoryStore.SlugTakenException e) {
      throw DomainException.conflict(e.getMessage());
    }
  }

  public Page<WorkspaceView> list(ApiCall call) {
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    List<Workspace> all = call.principal().isKey()
        ? directory.get(call.principal().keyWorkspaceId()).stream().toList()
        : directory.workspacesOf(call.principal().userId());
    List<WorkspaceView> visible = all.stream()
        .filter(w -> w.archivedAt() == null).map(WorkspaceView::of).toList();
    List<WorkspaceView> page = visible.subList(Math.min(offset, visible.size()), Math.min(offset + limit, visible.size()));
    return Page.of(page, offset, visible.size());
  }

  public WorkspaceView get(ApiCall call) {
    return WorkspaceView.of(current(call));
  }

  public WorkspaceView update(ApiCall call) {
    WorkspaceRequests.Update req = call.body(WorkspaceRequests.Update.class);
    Workspace ws = current(call);
    if (req.region() != null && !req.region().equals(ws.region())) {
      throw DomainException.invalid(List.of("body", "region"), "Region is immutable: data stays where it was created",
          "value_error");
    }
    if (req.environment() != null && req.environment() != ws.environment()) {
      throw DomainException.invalid(List.of("body", "environment"), "Change the environment with environment-check and"
          + " convert-environment, which show what changes first", "value_error");
    }
    String name = req.name() == null ? null : WorkspaceRules.name(req.name(), List.of("body", "name"));
    var change = new DirectoryStore.Change(name, req.connectorType(), null, false, false, null);
    return WorkspaceView.of(directory.updateAudited(ws.id(), change,
        AuditRecord.allowed(call.actor(), "workspace.update", "workspace:" + ws.id(), call.requestId())));
  }

  public WorkspaceResponses.Provisioned provision(ApiCall call) {
    Workspace ws = current(call);
    var change = new DirectoryStore.Change(null, null, null, true, false, null);
    Workspace done = directory.updateAudited(ws.id(), change,
        AuditRecord.allowed(call.actor(), "workspace.provision", "workspace:" + ws.id(), call.requestId()));
    return new WorkspaceResponses.Provisioned(WorkspaceView.of(done));
  }

  public WorkspaceView archive(ApiCall call) {
    WorkspaceRequests.Archive req = call.body(WorkspaceRequests.Archive.class);
    Workspace ws = current(call);
    confirmSlug(ws, req.slug(), List.of("body", "slug"));
    var change = new DirectoryStore.Change(null, null, null, false, true, null);
    return WorkspaceView.of(directory.updateAudited(ws.id(), change,
        AuditRecord.allowed(call.actor(), "workspace.archive", "workspace:" + ws.id(), call.requestId())));
  }

  /** Lifts the archive (owners): the workspace takes writes again. 409 when it is not archived. */
  public WorkspaceView restore(ApiCall call) {
    Workspace ws = current(call);
    return WorkspaceView.of(directory.restoreAudited(ws.id(), AuditRecord.allowed(call.actor(), "workspace.restore",
        "workspace:" + ws.id(), call.requestId())).orElseThrow(() -> DomainException.conflict(
            "This workspace is not archived; there is nothing to restore.")));
  }

  public WorkspaceResponses.EnvironmentCheck environmentCheck(ApiCall call) {
    Workspace ws = current(call);
    Environment target = target(call.query("target"));
    return new WorkspaceResponses.EnvironmentCheck(ws.environment(), target,
        WorkspaceRules.conversionWarnings(ws.environment(), target));
  }

  public WorkspaceView convert(ApiCall call) {
    WorkspaceRequests.Convert req = call.body(WorkspaceRequests.Convert.class);
    Workspace ws = current(call);
    if (req.target() == null || req.target() == Environment.DEVELOPMENT) {
      throw DomainException.invalid(List.of("body", "target"), "Input should be 'production' or 'staging'", "enum");
    }
    confirmSlug(ws, req.confirmSlug(), List.of("body", "confirm_slug"));
    if (req.target() == ws.environment()) {
      throw DomainException.conflict("The workspace is already " + ws.environment().wireName() + ".");
    }
    List<String> warnings = WorkspaceRules.conversionWarnings(ws.environment(), req.target());
    var change = new DirectoryStore.Change(null, null, req.target(), false, false, null);
    String reason = "from " + ws.environment().wireName() + ": " + String.join(" ", warnings);
    return WorkspaceView.of(directory.updateAudited(ws.id(), change, new AuditRecord(call.actor(),
        "workspace.convert_environment", "workspace:" + ws.id(), "allowed", reason, call.requestId())));
  }

  public WorkspaceResponses.TestCallerNumbers testCallers(ApiCall call) {
    return new WorkspaceResponses.TestCallerNumbers(current(call).testCallerNumbers());
  }

  public WorkspaceResponses.TestCallerNumbers setTestCallers(ApiCall call) {
    WorkspaceRequests.TestCallers req = call.body(WorkspaceRequests.TestCallers.class);
    List<String> numbers = WorkspaceRules.phoneNumbers(req.numbers(), List.of("body", "numbers"));
    var change = new DirectoryStore.Change(null, null, null, false, false, numbers);
    Workspace ws = directory.updateAudited(call.workspaceId(), change,
        AuditRecord.allowed(call.actor(), "workspace.test_caller_numbers", "workspace:" + call.workspaceId(),
            call.requestId()));
    return new WorkspaceResponses.TestCallerNumbers(ws.testCallerNumbers());
  }

  /** The directory entry that access was decided on, read once per request by the authenticator. */
  private Workspace current(ApiCall call) {
    Workspace ws = call.access().workspace();
    if (ws != null) {
      return ws;
    }
    return directory.get(call.workspaceId()).orElseThrow(() -> DomainException.notFound("Workspace"));
  }

  private static Environment target(String text) {
    if (text == null || text.isEmpty()) {
      return Environment.PRODUCTION;
    }
    if (!text.equals("production") && !text.equals("staging")) {
      throw DomainException.invalid(List.of("query", "target"), "Input should be 'production' or 'staging'", "enum");
    }
    return Environment.fromWire(text);
  }

  private static void confirmSlug(Workspace ws, String typed, List<Object> loc) {
    if (typed == null || !typed.equals(ws.slug())) {
      throw DomainException.invalid(loc, "Type the workspace's slug exactly to confirm", "value_error");
    }
  }
}
