package dev.wsconsole.server.graph;

import dev.wsconsole.model.Nullable;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.ContextGraphResponses.GraphView;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.ListQuery;
import dev.wsconsole.server.document.DocumentHeadHandlers;
import dev.wsconsole.server.document.DocumentJson;
import dev.wsconsole.server.document.DocumentRows;
import dev.wsconsole.server.document.DocumentStore;
import dev.wsconsole.server.http.ApiCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/context-graphs: CRUD, append-only versions, and a readable summary. */
public final class ContextGraphHandlers {
  private static final Map<String, String> VERSION_SORTABLE =
      Map.of("version", "v.version", "created_at", "v.created_at");
  private final DocumentStore store;
  public final DocumentHeadHandlers heads;

  public ContextGraphHandlers(DocumentStore store) {
    this.store = store;
    this.heads = new DocumentHeadHandlers(store, "Context graph", "context_graph_id", ContextGraphHandlers::view);
  }


  /** ContextGraphVersionResponse: versions never change, so updated_at is created_at. */
  public record VersionView(UUID id, UUID workspaceId, UUID contextGraphId, int version, String description,
                            List<GraphDocument.State> states, String newUserInitialState,
                            String returningUserInitialState, String terminalState,
                            List<String> globalIntraStateNavigationGuidelines, List<String> globalActionGuidelines,
                            List<String> globalBoundaryConstraints, @Nullable String topologyDescription,
                            Instant createdAt, Instant updatedAt) {}

  public Object createVersion(ApiCall call) {
    UUID graphId = heads.id(call);
    GraphDocument doc = GraphRules.version(call.body(GraphDocument.class));
    return store.addVersion(call.workspaceId(), graphId, DocumentJson.write(doc), heads.audit(call, "version.create"))
        .map(ContextGraphHandlers::versionView).orElseThrow(heads::notFound);
  }

  public Object listVersions(ApiCall call) {
    UUID graphId = heads.id(call);
    ListQuery q = ListQuery.from(call::query, VERSION_SORTABLE, "-version");
    var page = store.versions(call.workspaceId(), graphId, q).orElseThrow(heads::notFound);
    return Page.of(page.items().stream().map(ContextGraphHandlers::versionView).toList(), q.offset(), page.total());
  }

  /** States, transitions, entries, unreachable states and dead ends of one version (default: the latest). */
  public Object summary(ApiCall call) {
    UUID graphId = heads.id(call);
    int number = call.queryInt("version", 0, 1, Integer.MAX_VALUE);
    DocumentRows.Head head = store.get(call.workspaceId(), graphId).orElseThrow(heads::notFound);
    if (head.latestVersion() == 0) {
      throw DomainException.notFound("Context graph version (this graph has no versions yet)");
    }
    DocumentRows.Version v = store.version(call.workspaceId(), graphId, number)
        .orElseThrow(() -> DomainException.notFound("Context graph version " + number));
    return GraphSummaryRules.summarize(v.version(), DocumentJson.read(v.document(), GraphDocument.class));
  }

  static GraphView view(DocumentRows.Head h) {
    return new GraphView(h.id(), h.workspaceId(), h.name(), h.description(), h.latestVersion(), h.latestCount(),
        h.createdAt(), h.updatedAt());
  }

  static VersionView versionView(DocumentRows.Version v) {
    GraphDocument d = DocumentJson.read(v.document(), GraphDocument.class);
    return new VersionView(v.id(), v.workspaceId(), v.parentId(), v.version(), d.description(), d.states(),
        d.newUserInitialState(), d.returningUserInitialState(), d.terminalState(),
        d.globalIntraStateNavigationGuidelines(), d.globalActionGuidelines(), d.globalBoundaryConstraints(),
        d.topologyDescription(), v.createdAt(), v.createdAt());
  }
}
