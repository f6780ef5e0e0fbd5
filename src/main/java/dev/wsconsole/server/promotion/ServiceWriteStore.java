package dev.wsconsole.server.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Writes promoted services into the target's transaction: the agent and graph by name (the documents
 * were written first), and each pinned version by content, as the target's own version number.
 */
final class ServiceWriteStore {
  private ServiceWriteStore() {}

  static void add(Handle h, UUID ws, String name) {
    h.createUpdate("INSERT INTO console.services (workspace_id, id, name) VALUES (:ws, :id, :name)")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("name", name).execute();
  }

  /** Overwrites the settings of the target's service {@code name} with {@code s}. */
  static void write(Handle h, UUID ws, String name, ObjectNode s, Map<String, Map<String, Integer>> agentVersions,
                    Map<String, Map<String, Integer>> graphVersions) {
    h.createUpdate("UPDATE console.services SET description = :description,"
            + " agent_id = (SELECT id FROM console.agents WHERE workspace_id = :ws AND name = :agent"
            + "   AND deleted_at IS NULL),"
            + " context_graph_id = (SELECT id FROM console.context_graphs WHERE workspace_id = :ws AND name = :graph"
            + "   AND deleted_at IS NULL),"
            + " channel_type = :channel, environment = :environment, keyterms = :keyterms, tags = :tagKeys,"
            + " service_tags = CAST(:tags AS jsonb), tool_capacity = :capacity, safety_filters_enabled = :safety,"
            + " escalation = CAST(:escalation AS jsonb), version_sets = CAST(:sets AS jsonb),"
            + " voice_config = CAST(:voice AS jsonb), is_active = :active, updated_at = now()"
            + " WHERE workspace_id = :ws AND name = :name")
        .bind("ws", ws).bind("name", name).bind("description", s.path("description").asText(""))
        .bind("agent", s.path("agent").asText(null)).bind("graph", s.path("context_graph").asText(null))
        .bind("channel", s.path("channel_type").asText()).bind("environment", s.path("environment").asText())
        .bind("keyterms", texts(s.path("keyterms"), null)).bind("tagKeys", texts(s.path("tags"), "key"))
        .bind("tags", s.path("tags").toString())
        .bind("capacity", s.hasNonNull("tool_capacity") ? s.get("tool_capacity").asInt() : null)
        .bind("safety", s.path("safety_filters_enabled").asBoolean(true))
        .bind("escalation", s.path("escalation").toString())
        .bind("sets", pinsAsNumbers(s.path("version_sets"), agentVersions.get(s.path("agent").asText(null)),
            graphVersions.get(s.path("context_graph").asText(null))).toString())
        .bind("voice", s.hasNonNull("voice_config") ? s.get("voice_config").toString() : null)
        .bind("active", s.path("is_active").asBoolean(true)).execute();
  }

  /** The version sets with each pinned digest replaced by the target's version number of that content. */
  private static JsonNode pinsAsNumbers(JsonNode sets, Map<String, Integer> agent, Map<String, Integer> graph) {
    ObjectNode out = ((ObjectNode) sets).deepCopy();
    out.fields().forEachRemaining(e -> {
      ObjectNode set = (ObjectNode) e.getValue();
      number(set, "agent_version", "agent_version_number", agent);
      number(set, "context_graph_version", "context_graph_version_number", graph);
    });
    return out;
  }

  private static void number(ObjectNode set, String digestField, String numberField, Map<String, Integer> versions) {
    JsonNode digest = set.remove(digestField);
    if (digest != null && !digest.isNull() && versions != null && versions.containsKey(digest.asText())) {
      set.put(numberField, versions.get(digest.asText()));
    }
  }

  private static String[] texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
    return out.toArray(new String[0]);
  }

  /** The target still has calls or surfaces of a service the promotion would remove. */
  static final class InUse extends RuntimeException {
    final String service;

    InUse(String service) {
      super("service in use", null, false, false);
      this.service = service;
    }
  }

  static void remove(Handle h, UUID ws, String name) {
    try {
      h.createUpdate("DELETE FROM console.services WHERE workspace_id = :ws AND name = :name")
          .bind("ws", ws).bind("name", name).execute();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException s && "23503".equals(s.getSQLState())) {
        throw new InUse(name);
      }
      throw e;
    }
  }
}
