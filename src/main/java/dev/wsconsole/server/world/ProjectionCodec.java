package dev.wsconsole.server.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.world.Projection.Fact;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Writes a projection as the entity row's {@code state} (values) and {@code provenance} (who won each field), and back. */
final class ProjectionCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProjectionCodec() {}

  static ObjectNode state(Projection p) {
    ObjectNode state = JSON.createObjectNode();
    p.fields().forEach((field, fact) -> state.set(field, fact.value()));
    return state;
  }

  static ObjectNode provenance(Projection p) {
    ObjectNode out = JSON.createObjectNode();
    p.fields().forEach((field, fact) -> out.putObject(field).put("c", fact.confidence())
        .put("t", fact.ingestedAt().toString()).put("e", fact.eventId().toString()));
    return out;
  }

  static Map<String, Fact> facts(JsonNode state, JsonNode provenance) {
    Map<String, Fact> fields = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = provenance.fields();
    while (it.hasNext()) {
      var e = it.next();
      JsonNode p = e.getValue();
      fields.put(e.getKey(), new Fact(state.path(e.getKey()), (float) p.path("c").asDouble(),
          Instant.parse(p.path("t").asText()), UUID.fromString(p.path("e").asText())));
    }
    return fields;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not JSON", e);
    }
  }

  static String text(JsonNode node) {
    return node.toString();
  }
}
