package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's audit log: filtered pages, summary, NDJSON export and chain verification. */
public final class AuditApi {
  private final JsonHttp http;

  public AuditApi(JsonHttp http) {
    this.http = http;
  }

  /** One audit entry as listed. */
  public record Entry(UUID id, Instant timestamp, String action, String resourceType, String resourceId,
                      String actor, String result, String reason, long seq) {}

  /** A page of entries with the total that matches the filter. */
  public record EntryPage(List<Entry> entries, long total, int offset, boolean hasMore) {}

  /** What the list can be narrowed by; null fields do not filter. */
  public record Filter(String action, Instant from, Instant to) {
    public static final Filter NONE = new Filter(null, null, null);

    String query() {
      StringBuilder q = new StringBuilder();
      if (action != null && !action.isBlank()) {
        q.append("&action=").append(Nodes.enc(action.strip()));
      }
      if (from != null) {
        q.append("&date_from=").append(Nodes.enc(from.toString()));
      }
      if (to != null) {
        q.append("&date_to=").append(Nodes.enc(to.toString()));
      }
      return q.toString();
    }
  }

  /** The chain's verdict: whether every hash links, and where it first breaks. */
  public record Verdict(boolean valid, long entriesChecked, Long firstBrokenSeq, String detail) {}

  public EntryPage page(UUID ws, Filter filter, int offset, int limit) {
    JsonNode n = http.get("/v1/" + ws + "/audit?limit=" + limit + "&offset=" + offset + filter.query());
    return new EntryPage(Nodes.list(n.path("events"), AuditApi::read), n.path("total").asLong(),
        n.path("offset").asInt(), n.path("has_more").asBoolean());
  }

  public Verdict verify(UUID ws) {
    JsonNode n = http.send("POST", "/v1/" + ws + "/audit/verify", null);
    JsonNode broken = n.path("first_broken_seq");
    return new Verdict(n.path("valid").asBoolean(), n.path("entries_checked").asLong(),
        broken.canConvertToLong() ? broken.asLong() : null, Nodes.text(n, "detail"));
  }

  /** Asks for an export of {@code from}..{@code to} and downloads its NDJSON text. */
  public String export(UUID ws, Filter filter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date_from", (filter.from() == null ? Instant.EPOCH : filter.from()).toString());
    body.put("date_to", (filter.to() == null ? Instant.now().plusSeconds(60) : filter.to()).toString());
    if (filter.action() != null && !filter.action().isBlank()) {
      body.put("action", filter.action().strip());
    }
    JsonNode created = http.send("POST", "/v1/" + ws + "/audit/export", body);
    return http.text(created.path("download_url").asText());
  }

  private static Entry read(JsonNode e) {
    JsonNode meta = e.path("metadata");
    String actor = Nodes.text(e, "actor_entity_id");
    return new Entry(Nodes.uuid(e, "id"), Nodes.instant(e, "timestamp"), e.path("action").asText(),
        Nodes.text(e, "resource_type"), Nodes.text(e, "resource_id"), actor == null ? "" : actor,
        meta.path("result").asText(), meta.path("reason").asText(""), meta.path("seq").asLong());
  }
}
