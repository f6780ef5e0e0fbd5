package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A workspace's settings sections ({@code voice}, {@code security}, {@code retention}) as flat maps of
 * field to value; a PUT sends only the fields given.
 */
public final class SettingsApi {
  private final JsonHttp http;

  public SettingsApi(JsonHttp http) {
    this.http = http;
  }

  public Map<String, Object> read(UUID ws, String section) {
    return flat(http.get("/v1/" + ws + "/settings/" + section));
  }

  public Map<String, Object> update(UUID ws, String section, Map<String, Object> changes) {
    return flat(http.send("PUT", "/v1/" + ws + "/settings/" + section, changes));
  }

  private static Map<String, Object> flat(JsonNode n) {
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
