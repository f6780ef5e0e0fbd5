package dev.wsconsole.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.wire.AuditRequests;
import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.ApiServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP handlers of audit exports: POST audit/export writes the NDJSON (the chained log's entries with their
 * hashes and the PHI access entries, oldest first) and keeps it; GET audit/exports lists the kept ones;
 * GET audit/exports/{id} returns one as it was written.
 */
public final class AuditExportHandlers {
  private static final ObjectMapper JSON = dev.wsconsole.model.Json.mapper();
  private static final TypeReference<LinkedHashMap<String, Object>> LINE = new TypeReference<>() {};
  private final AuditQueryStore log;
  private final PhiAccessStore phi;
  private final AuditExportStore exports;

  public AuditExportHandlers(AuditQueryStore log, PhiAccessStore phi, AuditExportStore exports) {
    this.log = log;
    this.phi = phi;
    this.exports = exports;
  }

  public Object create(ApiCall call) throws JsonProcessingException {
    AuditRequests.Export req = call.body(AuditRequests.Export.class);
    Instant from = required(req.dateFrom(), "date_from");
    Instant to = required(req.dateTo(), "date_to");
    boolean phiOnly = Boolean.TRUE.equals(req.phiOnly());
    AuditFilter f = new AuditFilter(req.service(), req.action(), null, null, null, phiOnly, from, to);
    List<Line> lines = new ArrayList<>();
    for (AuditEntry e : log.all(call.workspaceId(), f)) {
      Map<String, Object> line = JSON.convertValue(AuditHandlers.event(e), LINE);
      line.put("seq", e.seq());
      line.put("prev_hash", HexFormat.of().formatHex(e.prevHash()));
      line.put("hash", HexFormat.of().formatHex(e.hash()));
      lines.add(new Line(e.createdAt(), line));
    }
    if (req.service() == null || req.service().equals(AuditFilter.SERVICE)) {
      for (PhiAccess p : phi.all(call.workspaceId(),
          new PhiAccessStore.Filter(null, req.action(), null, null, from, to))) {
        lines.add(new Line(p.createdAt(), JSON.convertValue(PhiAccessHandlers.event(p, null), LINE)));
      }
    }
    lines.sort(Comparator.comparing(Line::at));
    StringBuilder body = new StringBuilder();
    for (Line l : lines) {
      body.append(JSON.writeValueAsString(l.fields())).append('\n');
    }
    UUID id = UUID.randomUUID();
    String key = "local/" + call.workspaceId() + "/audit/" + id + ".ndjson";
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("date_from", from.toString());
    filters.put("date_to", to.toString());
    filters.put("action", req.action());
    filters.put("service", req.service());
    filters.put("phi_only", phiOnly);
    AuditExportStore.Kept kept = exports.keep(call.workspaceId(), id, key, JSON.writeValueAsString(filters),
        lines.size(), body.toString().getBytes(StandardCharsets.UTF_8), new AuditRecord(call.actor(), "audit.export",
            "audit_export:" + id, "allowed", lines.size() + " entries, " + from + " to " + to, call.requestId()));
    return new AuditResponses.Export(id.toString(), key, lines.size(), downloadUrl(call.workspaceId(), id),
        kept.createdAt());
  }

  /** The kept exports, newest first. */
  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 50, 1, 200);
    return new AuditResponses.ExportList(exports.list(call.workspaceId(), limit).stream()
        .map(k -> new AuditResponses.ExportListItem(k.key(), k.size(), k.createdAt().toString(),
            downloadUrl(call.workspaceId(), k.id())))
        .toList());
  }

  /** One kept export's NDJSON, exactly as written. */
  public Object download(ApiCall call) {
    UUID id = Params.uuid(List.of("path", "export_id"), call.pathParam("export_id"));
    byte[] body = exports.body(call.workspaceId(), id).orElseThrow(() -> DomainException.notFound("Audit export"));
    return new ApiServer.RawBody("application/x-ndjson", body);
  }

  private record Line(Instant at, Map<String, Object> fields) {}

  private static String downloadUrl(UUID ws, UUID id) {
    return "/v1/" + ws + "/audit/exports/" + id;
  }

  private static Instant required(String text, String field) {
    if (text == null) {
      throw DomainException.invalid(List.of("body", field), "Field required", "missing");
    }
    return Params.instant(List.of("body", field), text);
  }
}
