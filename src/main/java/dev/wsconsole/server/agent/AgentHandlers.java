package dev.wsconsole.server.agent;

import dev.wsconsole.model.Nullable;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.AgentDocument.Identity;
import dev.wsconsole.model.wire.AgentDocument.VoiceConfig;
import dev.wsconsole.model.wire.AgentDocument;
import dev.wsconsole.model.wire.AgentResponses.AgentView;
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

/** HTTP handlers of /v1/{workspace_id}/agents: CRUD of agents and their append-only versions. */
public final class AgentHandlers {
  static final Map<String, String> VERSION_SORTABLE = Map.of("version", "v.version", "created_at", "v.created_at");
  private final DocumentStore store;
  public final DocumentHeadHandlers heads;

  public AgentHandlers(DocumentStore store) {
    this.store = store;
    this.heads = new DocumentHeadHandlers(store, "Agent", "agent_id", AgentHandlers::view);
  }


  /** AgentVersionResponse: versions never change, so updated_at is created_at. */
  public record VersionView(UUID id, UUID workspaceId, UUID agentId, int version, String name, String initials,
                            Identity identity, @Nullable VoiceConfig voiceConfig, String background,
                            List<String> behaviors, List<String> communicationPatterns, Instant createdAt,
                            Instant updatedAt) {}

  public Object createVersion(ApiCall call) {
    UUID agentId = heads.id(call);
    AgentDocument doc = AgentRules.version(call.body(AgentDocument.class));
    return store.addVersion(call.workspaceId(), agentId, DocumentJson.write(doc), heads.audit(call, "version.create"))
        .map(AgentHandlers::versionView).orElseThrow(heads::notFound);
  }

  public Object listVersions(ApiCall call) {
    UUID agentId = heads.id(call);
    ListQuery q = ListQuery.from(call::query, VERSION_SORTABLE, "-version");
    var page = store.versions(call.workspaceId(), agentId, q).orElseThrow(heads::notFound);
    return Page.of(page.items().stream().map(AgentHandlers::versionView).toList(), q.offset(), page.total());
  }

  static AgentView view(DocumentRows.Head h) {
    return new AgentView(h.id(), h.workspaceId(), h.name(), h.description(), h.latestVersion(), h.createdAt(),
        h.updatedAt());
  }

  static VersionView versionView(DocumentRows.Version v) {
    AgentDocument d = DocumentJson.read(v.document(), AgentDocument.class);
    return new VersionView(v.id(), v.workspaceId(), v.parentId(), v.version(), d.name(), d.initials(), d.identity(),
        d.voiceConfig(), d.background(), d.behaviors(), d.communicationPatterns(), v.createdAt(), v.createdAt());
  }
}
