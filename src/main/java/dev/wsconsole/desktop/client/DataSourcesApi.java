package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.DataSourceRequests;
import dev.wsconsole.model.wire.DataSourceViews;
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

  /** The source's connection configuration as plain values for the form (secrets stay masked). */
  public static Map<String, Object> config(DataSourceViews.View source) {
    return source.connectionConfig() == null ? Map.of()
        : JsonHttp.JSON.convertValue(source.connectionConfig(), new TypeReference<Map<String, Object>>() {});
  }

  public Page<DataSourceViews.View> list(UUID ws, int limit, Integer token) {
    return http.page(base(ws) + "?limit=" + limit + QueryText.token(token), DataSourceViews.View.class);
  }

  public DataSourceViews.View create(UUID ws, DataSourceRequests.Create draft) {
    return http.send("POST", base(ws), draft, DataSourceViews.View.class);
  }

  /** Changes what {@code change} sets (null fields keep their value; a masked secret keeps the stored one). */
  public DataSourceViews.View update(UUID ws, UUID id, DataSourceRequests.Update change) {
    return http.send("PATCH", base(ws) + "/" + id, change, DataSourceViews.View.class);
  }

  public void delete(UUID ws, UUID id) {
    http.send("DELETE", base(ws) + "/" + id, null);
  }

  /** Starts a sync; answers the id of the run it recorded. */
  public UUID sync(UUID ws, UUID id) {
    return http.send("POST", base(ws) + "/" + id + "/sync", null, DataSourceViews.SyncTriggered.class).syncId();
  }

  /** The source's runs, newest first, a page at a time. */
  public Page<DataSourceViews.Run> runs(UUID ws, UUID id, int limit, Integer token) {
    return http.page(base(ws) + "/" + id + "/sync-runs?limit=" + limit + QueryText.token(token),
        DataSourceViews.Run.class);
  }

  private static String base(UUID ws) {
    return "/v1/" + ws + "/data-sources";
  }
}
