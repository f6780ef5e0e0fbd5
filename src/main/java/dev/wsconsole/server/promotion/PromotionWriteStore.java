package dev.wsconsole.server.promotion;

import dev.wsconsole.server.document.DocumentKind;
import dev.wsconsole.server.promotion.PromotionResponses.Change;
import dev.wsconsole.server.promotion.PromotionResponses.Item;
import dev.wsconsole.server.promotion.PromotionResponses.Preview;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Applies exactly a plan's diff to the target, all in the caller's one transaction of the target:
 * documents first (services point at them), then services, routing, removals, settings and safety.
 * Any failure throws, and the transaction leaves the target as it was.
 */
final class PromotionWriteStore {
  private PromotionWriteStore() {}

  static void apply(Handle h, UUID ws, PromotionPlan plan) {
    Preview p = plan.preview();
    ConfigSnapshot from = plan.source();
    Map<String, Map<String, Integer>> agents = documents(h, ws, DocumentKind.AGENT, p.agents(), from.agents(),
        plan.target().agents(), from, "agent", "agent_version");
    Map<String, Map<String, Integer>> graphs = documents(h, ws, DocumentKind.CONTEXT_GRAPH, p.contextGraphs(),
        from.contextGraphs(), plan.target().contextGraphs(), from, "context_graph", "context_graph_version");
    for (Item i : changed(p.services())) {
      if (i.change() == Change.ADDED) {
        ServiceWriteStore.add(h, ws, i.name());
      }
      ServiceWriteStore.write(h, ws, i.name(), from.services().get(i.name()), agents, graphs);
    }
    plan.routing().forEach((number, service) -> ConfigWriteStore.route(h, ws, number, service));
    for (Item i : p.services()) {
      if (i.change() == Change.REMOVED) {
        ServiceWriteStore.remove(h, ws, i.name());
      }
    }
    changed(p.settings()).forEach(i -> ConfigWriteStore.section(h, ws, i.name(), from.settings().get(i.name())));
    changed(p.safety()).forEach(i -> ConfigWriteStore.safety(h, ws, from.safety()));
    for (Item i : p.monitorConcepts()) {
      if (i.change() == Change.ADDED) {
        ConfigWriteStore.addConcept(h, ws, i.name());
      }
      if (i.change() == Change.REMOVED) {
        ConfigWriteStore.removeConcept(h, ws, i.name());
      } else if (i.change() != Change.UNCHANGED) {
        ConfigWriteStore.writeConcept(h, ws, i.name(), from.monitorConcepts().get(i.name()));
      }
    }
  }

  /** Writes each added or changed document; returns every used document's version numbers by digest. */
  private static Map<String, Map<String, Integer>> documents(Handle h, UUID ws, DocumentKind kind, List<Item> items,
      SortedMap<String, DocumentState> source, SortedMap<String, DocumentState> target, ConfigSnapshot from,
      String field, String pinField) {
    Map<String, Map<String, Integer>> numbers = new HashMap<>();
    for (Item i : items) {
      DocumentState to = target.get(i.name());
      numbers.put(i.name(), i.change() == Change.UNCHANGED ? to.versionByDigest()
          : DocumentWriteStore.write(h, ws, kind, i.name(), source.get(i.name()), to,
              PromotionRules.pinnedDigests(from, field, pinField, i.name())));
    }
    return numbers;
  }

  private static List<Item> changed(List<Item> items) {
    return items.stream().filter(i -> i.change() == Change.ADDED || i.change() == Change.CHANGED).toList();
  }
}
