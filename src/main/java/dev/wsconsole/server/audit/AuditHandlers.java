package dev.wsconsole.server.audit;

import dev.wsconsole.server.Backend;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.ApiException;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.server.http.Params;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/audit: list, summary, NDJSON export, and chain verification. */
public final class AuditHandlers {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = dev.wsconsole.server.http.Json.mapper();
  private final Backend backend;
  private final AuditQueryStore store;

  public AuditHandlers(Backend backend) {
    this.backend = backend;
    this.store = new AuditQueryStore(backend.tx);
  }

  /** AuditExportRequest. */
  public record ExportRequest(String dateFrom, String dateTo, String action, Boolean phiOnly, String service) {}

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 50, 1, 100);
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    AuditQueryStore.Page page = store.page(call.workspaceId(), filter(call), limit, offset);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("events", page.entries().stream().map(AuditHandlers::view).toList());
    out.put("total", page.total());
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("has_more", offset + page.entries().size() < page.total());
    return out;
  }

  public Object summary(ApiCall call) {
    AuditQueryStore.Summary s = store.summary(call.workspaceId(), filter(call));
    return Map.of("total_events", s.total(), "phi_access_events", 0, "unique_actors", s.uniqueActors(),
        "services_with_events", s.total() > 0 ? 1 : 0);
  }

  public Object export(ApiCall call) {
    ExportRequest req = call.body(ExportRequest.class);
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
    backend.audit.record(call.workspaceId(), new AuditRecord(call.actor(), "audit.export", "audit_export:" + exportId,
        "allowed", rows + " entries, " + from + " to " + to, call.requestId()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("export_id", exportId.toString());
    out.put("s3_key", "local/" + call.workspaceId() + "/audit/" + exportId + ".ndjson");
    out.put("row_count", rows);
    out.put("download_url", "/v1/" + call.workspaceId() + "/audit/exports/" + exportId + "?" + query);
    out.put("created_at", Instant.now());
    return out;
  }

  /** The NDJSON body of an export: regenerated from the filters in its URL (the backend keeps no state). */
  public Object download(ApiCall call) throws com.fasterxml.jackson.core.JsonProcessingException {
    Params.uuid(List.of("path", "export_id"), call.pathParam("export_id"));
    StringBuilder out = new StringBuilder();
    for (AuditEntry e : store.all(call.workspaceId(), filter(call))) {
      Map<String, Object> line = new LinkedHashMap<>(view(e));
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
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("valid", verdict.valid());
    out.put("entries_checked", verdict.entriesChecked());
    out.put("first_broken_seq", verdict.firstBrokenSeq());
    out.put("detail", verdict.detail());
    return out;
  }

  private static Map<String, Object> view(AuditEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("workspace_id", e.workspaceId());
    m.put("timestamp", e.createdAt());
    m.put("service", AuditFilter.SERVICE);
    m.put("action", e.action());
    m.put("resource_type", e.resourceType());
    m.put("resource_id", e.resourceId());
    m.put("resource_name", null);
    m.put("actor_entity_id", e.actor().get("user_id"));
    m.put("actor_credential_id", e.actor().get("credential_id"));
    m.put("ip_address", e.actor().get("ip"));
    m.put("user_agent", null);
    m.put("phi_accessed", false);
    m.put("metadata", Map.of("result", e.result(), "reason", e.reason(), "request_id", e.requestId(), "seq", e.seq()));
    return m;
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
      throw ApiException.invalid(List.of("body", field), "Field required", "missing");
    }
    return Params.instant(List.of("body", field), text);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
