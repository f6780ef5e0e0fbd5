package dev.wsconsole.server.audit;

import dev.wsconsole.model.wire.AuditRequests;
import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.ApiServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/audit: list, summary, NDJSON export, and chain verification. */
public final class AuditHandlers {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = dev.wsconsole.model.Json.mapper();
  private static final com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>> LINE =
      new com.fasterxml.jackson.core.type.TypeReference<>() {};
  private final TenantTx tx;
  private final AuditStore audit;
  private final AuditQueryStore store;

  public AuditHandlers(TenantTx tx, AuditStore audit) {
    this.tx = tx;
    this.audit = audit;
    this.store = new AuditQueryStore(tx);
  }

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 50, 1, 100);
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    AuditQueryStore.Page page = store.page(call.workspaceId(), filter(call), limit, offset);
    return new AuditResponses.EventList(page.entries().stream().map(AuditHandlers::event).toList(), page.total(),
        limit, offset, offset + page.entries().size() < page.total());
  }

  public Object summary(ApiCall call) {
    AuditQueryStore.Summary s = store.summary(call.workspaceId(), filter(call));
    return new AuditResponses.Summary(s.total(), 0, s.uniqueActors(), s.total() > 0 ? 1 : 0);
  }

  public Object export(ApiCall call) {
    AuditRequests.Export req = call.body(AuditRequests.Export.class);
    Instant from = required(req.dateFrom(), "date_from");
    Instant to = required(req.dateTo(), "date_to");
    AuditFilter f = new AuditFilter(req.service(), req.action(), null, null, null,
        Boolean.TRUE.equals(req.phiOnly()), from, to);
    int rows = store.all(call.workspaceId(), f).size();
    UUID exportId = UUID.randomUUID();
    String query = "date_from=" + enc(from.toString()) + "&date_to=" + enc(to.toString())
        + (req.action() != null ? "&action=" + enc(req.action()) : "")
        + (req.service() != null ? "&service=" + enc(req.service()) : "")
        + (Boolean.TRUE.equals(req.phiOnly()) ? "&phi_only=true" : "");
    audit.record(call.workspaceId(), new AuditRecord(call.actor(), "audit.export", "audit_export:" + exportId,
        "allowed", rows + " entries, " + from + " to " + to, call.requestId()));
    return new AuditResponses.Export(exportId.toString(), "local/" + call.workspaceId() + "/audit/" + exportId
        + ".ndjson", rows, "/v1/" + call.workspaceId() + "/audit/exports/" + exportId + "?" + query, Instant.now());
  }

  /** The NDJSON body of an export: regenerated from the filters in its URL (the backend keeps no state). */
  public Object download(ApiCall call) throws com.fasterxml.jackson.core.JsonProcessingException {
    Params.uuid(List.of("path", "export_id"), call.pathParam("export_id"));
    StringBuilder out = new StringBuilder();
    for (AuditEntry e : store.all(call.workspaceId(), filter(call))) {
      Map<String, Object> line = JSON.convertValue(event(e), LINE);
      line.put("seq", e.seq());
      line.put("prev_hash", java.util.HexFormat.of().formatHex(e.prevHash()));
      line.put("hash", java.util.HexFormat.of().formatHex(e.hash()));
      out.append(JSON.writeValueAsString(line)).append('\n');
    }
    return new ApiServer.RawBody("application/x-ndjson", out.toString().getBytes(StandardCharsets.UTF_8));
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

  private static Instant required(String text, String field) {
    if (text == null) {
      throw DomainException.invalid(List.of("body", field), "Field required", "missing");
    }
    return Params.instant(List.of("body", field), text);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
