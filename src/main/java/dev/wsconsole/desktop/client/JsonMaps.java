package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Reads a free-form JSON object of an answer (proposed data, a resolution, an entity's state) into a map. */
final class JsonMaps {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonMaps() {}

  /** The object's fields in order; an empty map for null, missing or non-object nodes. */
  static Map<String, Object> of(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Map.of();
    }
    return JSON.convertValue(node, new TypeReference<java.util.LinkedHashMap<String, Object>>() { });
  }
}
