package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's data sources, their syncs and sync runs ({@code /v1/{ws}/data-sources}). */
public final class DataSourcesApi {
  /** What the server shows (and takes back to keep a stored secret) in place of a secret. */
  public static final String SECRET_MASK = "••••••••";
  private final JsonHttp http;

  public DataSourcesApi(JsonHttp http) {
    this.http = http;
  }

  /** A data source as listed; {@code config} is its connection configuration with secrets masked. */
  public record Source(UUID id, String name, String displayName, String sourceType, String syncStrategy,
                       boolean isActive, boolean isStale, String healthStatus, Instant lastSyncAt,
                       String lastSyncStatus, long lastSyncEventCount, Map<String, Object> config) {}

  /** What a create or an edit sends; {@code name} and {@code sourceType} only count on create. */
  public record Draft(String name, String displayName, String sourceType, String syncStrategy, boolean isActive,
                      Map<String, Object> config) {}

  /** One sync run: its status, times, counts and error lines. */
  public record Run(UUID id, String status, Instant startedAt, Instant finishedAt, Long durationMs, long eventCount,
                    long syncedCount, long failedCount, List<String> errors) {
    public boolean running() {
      return "running".equals(status);
    }
  }

  public Page<Source> list(UUID ws, int limit, String token) {
    return Nodes.page(http.get(base(ws) + "?limit=" + limit + tokenParam(token)), DataSourcesApi::source);
  }

  public Source create(UUID ws, Draft d) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", d.name());
    body.put("display_name", d.displayName());
    body.put("source_type", d.sourceType());
    body.put("sync_strategy", d.syncStrategy());
    body.put("connection_config", d.config());
    return source(http.send("POST", base(ws), body));
  }

  /** Changes display name, strategy, active flag and configuration (a masked secret keeps the stored one). */
  public Source update(UUID ws, UUID id, Draft d) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("display_name", d.displayName());
    body.put("sync_strategy", d.syncStrategy());
    body.put("is_active", d.isActive());
    body.put("connection_config", d.config());
    return source(http.send("PATCH", base(ws) + "/" + id, body));
  }

  public void delete(UUID ws, UUID id) {
    http.send("DELETE", base(ws) + "/" + id, null);
  }

  /** Starts a sync; answers the id of the run it recorded. */
  public UUID sync(UUID ws, UUID id) {
    return Nodes.uuid(http.send("POST", base(ws) + "/" + id + "/sync", null), "sync_id");
  }

  /** The source's runs, newest first, a page at a time. */
  public Page<Run> runs(UUID ws, UUID id, int limit, String token) {
    return Nodes.page(http.get(base(ws) + "/" + id + "/sync-runs?limit=" + limit + tokenParam(token)),
        DataSourcesApi::run);
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/data-sources";
  }

  private static String tokenParam(String token) {
    return token == null ? "" : "&continuation_token=" + Nodes.enc(token);
  }

  private static Source source(JsonNode n) {
    Map<String, Object> config = new LinkedHashMap<>();
    n.path("connection_config").fields().forEachRemaining(e -> config.put(e.getKey(),
        e.getValue().isTextual() ? e.getValue().asText() : e.getValue()));
    return new Source(Nodes.uuid(n, "id"), n.path("name").asText(), Nodes.text(n, "display_name"),
        n.path("source_type").asText(), n.path("sync_strategy").asText(), n.path("is_active").asBoolean(),
        n.path("is_stale").asBoolean(), n.path("health_status").asText(), Nodes.instant(n, "last_sync_at"),
        Nodes.text(n, "last_sync_status"), n.path("last_sync_event_count").asLong(), config);
  }

  private static Run run(JsonNode n) {
    JsonNode d = n.path("duration_ms");
    return new Run(Nodes.uuid(n, "id"), n.path("status").asText(), Nodes.instant(n, "started_at"),
        Nodes.instant(n, "finished_at"), d.isNumber() ? d.asLong() : null, n.path("event_count").asLong(),
        n.path("synced_count").asLong(), n.path("failed_count").asLong(), Nodes.strings(n.path("errors")));
  }
}
