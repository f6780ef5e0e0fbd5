package dev.wsconsole.desktop.datasources;

import dev.wsconsole.desktop.client.DataSourcesApi;
import dev.wsconsole.model.wire.DataSourceRequests;
import dev.wsconsole.model.wire.DataSourceViews;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the data-source form holds, and the draft it sends: the importer's keys (drop folder, FHIR base
 * URL, bearer token) laid over the source's other configuration keys. The token is write-only: left
 * blank on an edit, the stored one is kept (the server's mask goes back).
 */
public record SourceForm(String name, String displayName, String sourceType, String syncStrategy, boolean active,
                         String dropFolder, String baseUrl, String bearerToken) {
  public static final String DROP_FOLDER = "drop_folder";
  public static final String BASE_URL = "base_url";
  public static final String BEARER_TOKEN = "bearer_token";

  /** What creating a new source sends. */
  public DataSourceRequests.Create create() {
    return new DataSourceRequests.Create(strip(name), shownName(), sourceType, config(null), null, null, strategy(),
        null);
  }

  /** What saving an edit of {@code editing} sends (display name, strategy, active flag and configuration). */
  public DataSourceRequests.Update update(DataSourceViews.View editing) {
    return new DataSourceRequests.Update(shownName(), config(editing), null, null, strategy(), null, active);
  }

  private String shownName() {
    return blank(displayName) ? null : displayName.strip();
  }

  private String strategy() {
    return syncStrategy == null ? "manual" : syncStrategy;
  }

  private Map<String, Object> config(DataSourceViews.View editing) {
    Map<String, Object> config = new LinkedHashMap<>(editing == null ? Map.of() : DataSourcesApi.config(editing));
    put(config, DROP_FOLDER, dropFolder);
    put(config, BASE_URL, baseUrl);
    if (!blank(bearerToken)) {
      config.put(BEARER_TOKEN, bearerToken);
    } else if (!DataSourcesApi.SECRET_MASK.equals(config.get(BEARER_TOKEN))) {
      config.remove(BEARER_TOKEN);
    }
    return config;
  }

  /** True when {@code source} has a stored token (the form shows that, never the token). */
  public static boolean hasStoredToken(DataSourceViews.View source) {
    return source != null && DataSourcesApi.SECRET_MASK.equals(DataSourcesApi.config(source).get(BEARER_TOKEN));
  }

  /** A configuration value as the form shows it ("" when absent). */
  public static String shown(DataSourceViews.View source, String key) {
    Object v = source == null ? null : DataSourcesApi.config(source).get(key);
    return v instanceof String s ? s : "";
  }

  private static void put(Map<String, Object> config, String key, String value) {
    if (blank(value)) {
      config.remove(key);
    } else {
      config.put(key, value.strip());
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
