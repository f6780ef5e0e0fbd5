package dev.wsconsole.server.promotion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A workspace's promotable configuration, keyed by name (ids differ between workspaces): services with
 * agents, graphs and pinned versions named by name and content digest, settings sections, the safety
 * configuration, monitor concepts and phone routing. Never data, never data sources or secrets.
 */
record ConfigSnapshot(SortedMap<String, ObjectNode> services, SortedMap<String, DocumentState> agents,
                      SortedMap<String, DocumentState> contextGraphs, SortedMap<String, ObjectNode> settings,
                      ObjectNode safety, SortedMap<String, ObjectNode> monitorConcepts, List<Number> numbers) {

  /** A phone number: its label (display name) and the name of the service it routes to (null for none). */
  record Number(UUID id, String phoneNumber, String label, String serviceName) {}
}
