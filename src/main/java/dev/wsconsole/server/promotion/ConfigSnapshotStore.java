package dev.wsconsole.server.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.document.DocumentKind;
import dev.wsconsole.server.safety.SafetyConfigRules;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Reads a workspace's {@link ConfigSnapshot} in the caller's transaction (scoped to that workspace).
 * Services name their agent and graph by name and pin versions by content digest, so two workspaces'
 * snapshots compare item by item. Data sources are not read at all: they are never promoted.
 */
final class ConfigSnapshotStore {
  static final List<String> SECTIONS = List.of("voice", "security", "retention");
  /** Retention fields that belong to one workspace's legal matters, never promoted. */
  static final List<String> LEGAL_HOLD = List.of("legal_hold", "legal_hold_reason");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigSnapshotStore() {}

  static ConfigSnapshot read(Handle h, UUID ws) {
    SortedMap<String, DocumentState> agents = DocumentSnapshotStore.read(h, ws, DocumentKind.AGENT);
    SortedMap<String, DocumentState> graphs = DocumentSnapshotStore.read(h, ws, DocumentKind.CONTEXT_GRAPH);
    return new ConfigSnapshot(services(h, ws, agents, graphs), agents, graphs, settings(h, ws), safety(h, ws),
        concepts(h, ws), numbers(h, ws));
  }

  private static SortedMap<String, ObjectNode> services(Handle h, UUID ws, Map<String, DocumentState> agents,
                                                       Map<String, DocumentState> graphs) {
    SortedMap<String, ObjectNode> out = new TreeMap<>();
    h.createQuery("SELECT s.name, jsonb_build_object('description', s.description, 'agent', a.name,"
            + " 'context_graph', g.name, 'channel_type', s.channel_type, 'environment', s.environment,"
            + " 'keyterms', to_jsonb(s.keyterms), 'tags', s.service_tags, 'tool_capacity', s.tool_capacity,"
            + " 'safety_filters_enabled', s.safety_filters_enabled, 'escalation', s.escalation,"
            + " 'version_sets', s.version_sets, 'voice_config', s.voice_config, 'is_active', s.is_active)::text AS body"
            + " FROM console.services s"
            + " LEFT JOIN console.agents a ON a.workspace_id = s.workspace_id AND a.id = s.agent_id"
            + " LEFT JOIN console.context_graphs g ON g.workspace_id = s.workspace_id AND g.id = s.context_graph_id"
            + " WHERE s.workspace_id = :ws")
        .bind("ws", ws).map((rs, ctx) -> Map.entry(rs.getString("name"), tree(rs.getString("body")))).list()
        .forEach(e -> out.put(e.getKey(), pinsAsDigests(e.getValue(), agents, graphs)));
    return out;
  }

  /** Replaces each version set's pinned numbers by the pinned documents' digests. */
  private static ObjectNode pinsAsDigests(ObjectNode service, Map<String, DocumentState> agents,
                                         Map<String, DocumentState> graphs) {
    JsonNode sets = service.path("version_sets");
    for (Iterator<JsonNode> it = sets.elements(); it.hasNext(); ) {
      ObjectNode set = (ObjectNode) it.next();
      pin(set, "agent_version_number", "agent_version", agents.get(service.path("agent").asText(null)));
      pin(set, "context_graph_version_number", "context_graph_version",
          graphs.get(service.path("context_graph").asText(null)));
    }
    return service;
  }

  private static void pin(ObjectNode set, String numberField, String digestField, DocumentState doc) {
    JsonNode number = set.remove(numberField);
    if (number == null || number.isNull()) {
      return;
    }
    String digest = doc == null ? null : doc.versionByDigest().entrySet().stream()
        .filter(e -> e.getValue() == number.asInt()).map(Map.Entry::getKey).findFirst().orElse(null);
    set.put(digestField, digest);
  }

  private static SortedMap<String, ObjectNode> settings(Handle h, UUID ws) {
    SortedMap<String, ObjectNode> out = new TreeMap<>();
    for (String section : SECTIONS) {
      out.put(section, JSON.createObjectNode());
    }
    h.createQuery("SELECT section, body::text AS body FROM console.settings WHERE workspace_id = :ws")
        .bind("ws", ws).map((rs, ctx) -> Map.entry(rs.getString("section"), tree(rs.getString("body")))).list()
        .stream().filter(e -> SECTIONS.contains(e.getKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
    out.get("retention").remove(LEGAL_HOLD);
    return out;
  }

  /** The safety configuration in force: the stored body over the defaults (as the safety store reads it). */
  private static ObjectNode safety(Handle h, UUID ws) {
    ObjectNode merged = Json.mapper().valueToTree(SafetyConfigRules.DEFAULTS);
    h.createQuery("SELECT body::text FROM console.safety_config WHERE workspace_id = :ws")
        .bind("ws", ws).mapTo(String.class).findOne().map(ConfigSnapshotStore::tree).ifPresent(merged::setAll);
    return merged;
  }

  private static SortedMap<String, ObjectNode> concepts(Handle h, UUID ws) {
    SortedMap<String, ObjectNode> out = new TreeMap<>();
    h.createQuery("SELECT name, jsonb_build_object('description', description, 'threshold', threshold,"
            + " 'standalone_threshold', standalone_threshold, 'tags', to_jsonb(tags), 'escalation', escalation,"
            + " 'agent_config', agent_config, 'template_id', template_id, 'is_active', is_active)::text AS body"
            + " FROM console.monitor_concepts WHERE workspace_id = :ws")
        .bind("ws", ws).map((rs, ctx) -> Map.entry(rs.getString("name"), tree(rs.getString("body")))).list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static List<ConfigSnapshot.Number> numbers(Handle h, UUID ws) {
    return h.createQuery("SELECT n.id, n.phone_number, n.display_name, s.name AS service FROM console.phone_numbers n"
            + " LEFT JOIN console.services s ON s.workspace_id = n.workspace_id AND s.id = n.inbound_service_id"
            + " WHERE n.workspace_id = :ws ORDER BY n.created_at, n.id")
        .bind("ws", ws).map((rs, ctx) -> new ConfigSnapshot.Number(rs.getObject("id", UUID.class),
            rs.getString("phone_number"), rs.getString("display_name"), rs.getString("service"))).list();
  }

  static ObjectNode tree(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node instanceof ObjectNode o ? o : JSON.createObjectNode();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored configuration is unreadable", e);
    }
  }
}
