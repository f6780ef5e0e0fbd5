package dev.wsconsole.desktop.client;

import dev.wsconsole.model.wire.AuditRequests;
import dev.wsconsole.model.wire.AuditResponses;
import java.time.Instant;
import java.util.UUID;

/** A workspace's audit log: filtered pages, NDJSON export and chain verification, the PHI access report, kept exports. */
public final class AuditApi {
  private final JsonHttp http;

  public AuditApi(JsonHttp http) {
    this.http = http;
  }

  /** What the list can be narrowed by; null fields do not filter. */
  public record Filter(String action, Instant from, Instant to) {
    public static final Filter NONE = new Filter(null, null, null);

    String query() {
      StringBuilder q = new StringBuilder();
      if (action != null && !action.isBlank()) {
        q.append("&action=").append(QueryText.enc(action.strip()));
      }
      if (from != null) {
        q.append("&date_from=").append(QueryText.enc(from.toString()));
      }
      if (to != null) {
        q.append("&date_to=").append(QueryText.enc(to.toString()));
      }
      return q.toString();
    }
  }

  /** A page of events (offset-paged) with the total that matches the filter. */
  public AuditResponses.EventList page(UUID ws, Filter filter, int offset, int limit) {
    return http.get("/v1/" + ws + "/audit?limit=" + limit + "&offset=" + offset + filter.query(),
        AuditResponses.EventList.class);
  }

  /** The chain's verdict: whether every hash links, and where it first breaks. */
  public AuditResponses.Verification verify(UUID ws) {
    return http.send("POST", "/v1/" + ws + "/audit/verify", null, AuditResponses.Verification.class);
  }

  /** Asks for an export of {@code from}..{@code to} and downloads its NDJSON text. */
  public String export(UUID ws, Filter filter) {
    AuditRequests.Export body = new AuditRequests.Export(
        (filter.from() == null ? Instant.EPOCH : filter.from()).toString(),
        (filter.to() == null ? Instant.now().plusSeconds(60) : filter.to()).toString(),
        filter.action() == null || filter.action().isBlank() ? null : filter.action().strip(), null, null);
    return http.text(http.send("POST", "/v1/" + ws + "/audit/export", body, AuditResponses.Export.class)
        .downloadUrl());
  }

  /** What the PHI access report can be narrowed by: one record, a time range; null fields do not filter. */
  public record PhiFilter(UUID entityId, Instant from, Instant to) {
    public static final PhiFilter NONE = new PhiFilter(null, null, null);

    String query() {
      return (entityId == null ? "" : "&entity_id=" + entityId)
          + new Filter(null, from, to).query();
    }
  }

  /** A page of PHI access entries, newest first, with the total that matches. */
  public AuditResponses.EventList phiAccess(UUID ws, PhiFilter filter, int offset, int limit) {
    return http.get("/v1/" + ws + "/audit/phi-access?limit=" + limit + "&offset=" + offset + filter.query(),
        AuditResponses.EventList.class);
  }

  /** The kept exports, newest first. */
  public AuditResponses.ExportList exports(UUID ws, int limit) {
    return http.get("/v1/" + ws + "/audit/exports?limit=" + limit, AuditResponses.ExportList.class);
  }
}
