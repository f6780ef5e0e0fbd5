package dev.wsconsole.server.audit;

import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.Map;

/** HTTP handlers of /v1/{workspace_id}/audit: list, summary and chain verification (exports: {@link AuditExportHandlers}). */
public final class AuditHandlers {
  private final AuditQueryStore store;
  private final PhiAccessStore phi;

  public AuditHandlers(AuditQueryStore store, PhiAccessStore phi) {
    this.store = store;
    this.phi = phi;
  }

  /** With {@code phi_only}, the PHI access entries (the chained log holds none). */
  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 50, 1, 100);
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    AuditFilter f = filter(call);
    if (f.phiOnly()) {
      PhiAccessStore.Page page = phiCanMatch(f) ? phi.page(call.workspaceId(), phiFilter(f), limit, offset)
          : new PhiAccessStore.Page(List.of(), 0);
      return new AuditResponses.EventList(page.entries().stream().map(e -> PhiAccessHandlers.event(e, null)).toList(),
          page.total(), limit, offset, offset + page.entries().size() < page.total());
    }
    AuditQueryStore.Page page = store.page(call.workspaceId(), f, limit, offset);
    return new AuditResponses.EventList(page.entries().stream().map(AuditHandlers::event).toList(), page.total(),
        limit, offset, offset + page.entries().size() < page.total());
  }

  public Object summary(ApiCall call) {
    AuditFilter f = filter(call);
    AuditQueryStore.Summary s = store.summary(call.workspaceId(), f);
    long phiEvents = phiCanMatch(f) ? phi.totals(call.workspaceId(), phiFilter(f)).accesses() : 0;
    long total = s.total() + phiEvents;
    return new AuditResponses.Summary(total, phiEvents, s.uniqueActors(), total > 0 ? 1 : 0);
  }

  /** Whether PHI entries can match {@code f}: they come from the console service. */
  private static boolean phiCanMatch(AuditFilter f) {
    return f.service() == null || f.service().equals(AuditFilter.SERVICE);
  }

  private static PhiAccessStore.Filter phiFilter(AuditFilter f) {
    return new PhiAccessStore.Filter(f.resourceId() == null ? null : java.util.UUID.fromString(f.resourceId()),
        f.action(), f.actorEntityId(), f.resourceType(), f.from(), f.to());
  }

  public Object verify(ApiCall call) {
    var verdict = AuditChainRules.verify(store.all(call.workspaceId(),
        new AuditFilter(null, null, null, null, null, false, null, null)));
    return new AuditResponses.Verification(verdict.valid(), verdict.entriesChecked(), verdict.firstBrokenSeq(),
        verdict.detail());
  }

  private static AuditFilter filter(ApiCall call) {
    String actor = call.query("actor_entity_id");
    String resourceId = call.query("resource_id");
    return new AuditFilter(call.query("service"), call.query("action"),
        actor == null ? null : Params.uuid(List.of("query", "actor_entity_id"), actor).toString(),
        call.query("resource_type"),
        resourceId == null ? null : Params.uuid(List.of("query", "resource_id"), resourceId).toString(),
        call.queryBool("phi_only", false),
        Params.instant(List.of("query", "date_from"), call.query("date_from")),
        Params.instant(List.of("query", "date_to"), call.query("date_to")));
  }

  /** One audit event as the platform lists it; our chain position and outcome travel in {@code metadata}. */
  static AuditResponses.Event event(AuditEntry e) {
    return new AuditResponses.Event(e.id(), e.workspaceId(), e.createdAt(), AuditFilter.SERVICE, e.action(),
        e.resourceType(), e.resourceId(), null, text(e.actor().get("user_id")), text(e.actor().get("credential_id")),
        text(e.actor().get("ip")), null, false, Map.of("result", e.result(), "reason", e.reason(),
            "request_id", e.requestId(), "seq", e.seq()));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
