package dev.wsconsole.desktop.datasources;

import dev.wsconsole.desktop.client.DataSourcesApi;
import dev.wsconsole.desktop.client.DataSourcesApi.Draft;
import dev.wsconsole.desktop.client.DataSourcesApi.Source;
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

  /** The draft for a new source ({@code editing} null) or an edit of {@code editing}. */
  public Draft draft(Source editing) {
    Map<String, Object> config = new LinkedHashMap<>(editing == null ? Map.of() : editing.config());
    put(config, DROP_FOLDER, dropFolder);
    put(config, BASE_URL, baseUrl);
    if (!blank(bearerToken)) {
      config.put(BEARER_TOKEN, bearerToken);
    } else if (!DataSourcesApi.SECRET_MASK.equals(config.get(BEARER_TOKEN))) {
      config.remove(BEARER_TOKEN);
    }
    return new Draft(strip(name), blank(displayName) ? null : displayName.strip(), sourceType,
        syncStrategy == null ? "manual" : syncStrategy, active, config);
  }

  /** True when {@code source} has a stored token (the form shows that, never the token). */
  public static boolean hasStoredToken(Source source) {
    return source != null && DataSourcesApi.SECRET_MASK.equals(source.config().get(BEARER_TOKEN));
  }

  /** A configuration value as the form shows it ("" when absent). */
  public static String shown(Source source, String key) {
    Object v = source == null ? null : source.config().get(key);
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
