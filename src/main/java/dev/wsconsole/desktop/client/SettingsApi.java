package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.RetentionPolicy;
import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.model.VoiceSettings;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace's settings sections ({@code voice}, {@code security}, {@code retention}): each answer is read
 * strictly into its shared record, then shown as a flat map of wire field to value for the generic form; a PUT
 * sends only the fields given.
 */
public final class SettingsApi {
  private static final Map<String, Class<?>> SECTIONS = Map.of("voice", VoiceSettings.class,
      "security", SecuritySettings.class, "retention", RetentionPolicy.class);
  private final JsonHttp http;

  public SettingsApi(JsonHttp http) {
    this.http = http;
  }

  public Map<String, Object> read(UUID ws, String section) {
    return flat(http.get(path(ws, section), type(section)));
  }

  public Map<String, Object> update(UUID ws, String section, Map<String, Object> changes) {
    return flat(http.send("PUT", path(ws, section), changes, type(section)));
  }

  private static String path(UUID ws, String section) {
    return "/v1/" + ws + "/settings/" + section;
  }

  private static Class<?> type(String section) {
    Class<?> type = SECTIONS.get(section);
    if (type == null) {
      throw new IllegalArgumentException("no settings section " + section);
    }
    return type;
  }

  private static Map<String, Object> flat(Object settings) {
    JsonNode n = JsonHttp.JSON.valueToTree(settings);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      out.put(f.getKey(), v.isBoolean() ? v.asBoolean() : v.isIntegralNumber() ? v.asLong()
          : v.isNumber() ? v.asDouble() : v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
    }
    return out;
  }
}
