package dev.wsconsole.server.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.promotion.PromotionResponses.Change;
import dev.wsconsole.server.promotion.PromotionResponses.Counts;
import dev.wsconsole.server.promotion.PromotionResponses.Item;
import dev.wsconsole.server.promotion.PromotionResponses.Preview;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Pure decisions of promotion: the diff between a source's and a target's configuration, the digest
 * that identifies it (both snapshots, so a change on either side makes a preview stale), and what
 * blocks it (the target environment's retention minimums).
 */
final class PromotionRules {
  static final List<String> NOT_PROMOTED = List.of(
      "data_sources: connector configuration holds secrets and reaches patient data; set them up per workspace",
      "world model, calls, audit log, members, invitations and API keys: data and identities, never configuration",
      "retention legal_hold and legal_hold_reason: a legal matter of the target itself",
      "phone numbers themselves: a number is registered once on the platform; only the routing of the target's"
          + " own numbers is promoted, matched by display name");
  private static final ObjectMapper JSON = Json.mapper();

  private PromotionRules() {}

  static PromotionPlan plan(UUID sourceId, UUID targetId, ConfigSnapshot source, ConfigSnapshot target,
                            Environment targetEnvironment) {
    List<Item> services = DiffRules.diff(source.services(), target.services(), true);
    List<Item> agents = documents(source, target.agents(), source.agents(), "agent", "agent_version");
    List<Item> graphs = documents(source, target.contextGraphs(), source.contextGraphs(), "context_graph",
        "context_graph_version");
    List<Item> settings = DiffRules.diff(source.settings(), target.settings(), false);
    List<Item> safety = List.of(DiffRules.compare("config", source.safety(), target.safety()));
    List<Item> concepts = DiffRules.diff(source.monitorConcepts(), target.monitorConcepts(), true);
    Map<UUID, String> routing = new TreeMap<>();
    List<Item> phones = PhoneRoutingRules.diff(source, target, routing);
    List<Item> all = Stream.of(services, agents, graphs, settings, safety, concepts, phones)
        .flatMap(List::stream).toList();
    Preview preview = new Preview(sourceId, targetId, digest(source, target), services, agents, graphs, settings,
        safety, concepts, phones, Counts.of(all), blocking(source, targetEnvironment), NOT_PROMOTED);
    return new PromotionPlan(preview, source, target, routing);
  }

  /**
   * Agents or graphs the source's services use, compared by name: added when the target has none of that
   * name; changed when its description or latest version differ or a version a service pins is missing.
   */
  private static List<Item> documents(ConfigSnapshot source, SortedMap<String, DocumentState> target,
                                      SortedMap<String, DocumentState> sourceDocs, String field, String pinField) {
    List<Item> items = new ArrayList<>();
    for (String name : usedDocuments(source, field)) {
      DocumentState from = sourceDocs.get(name);
      DocumentState to = target.get(name);
      if (to == null) {
        items.add(new Item(name, Change.ADDED, List.of("description", "versions")));
        continue;
      }
      List<String> fields = new ArrayList<>();
      if (!from.description().equals(to.description())) {
        fields.add("description");
      }
      if (from.latestDigest() != null && !from.latestDigest().equals(to.latestDigest())) {
        fields.add("latest_version");
      }
      if (!to.versionByDigest().keySet().containsAll(pinnedDigests(source, field, pinField, name))) {
        fields.add("versions");
      }
      items.add(new Item(name, fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED, fields));
    }
    return items;
  }

  /** Names of the agents (or graphs) the source's services refer to, sorted. */
  static List<String> usedDocuments(ConfigSnapshot source, String field) {
    return source.services().values().stream().map(s -> s.path(field).asText(null))
        .filter(n -> n != null).distinct().sorted().toList();
  }

  /** Digests of the versions of document {@code name} that the source's services pin. */
  static LinkedHashSet<String> pinnedDigests(ConfigSnapshot source, String field, String pinField, String name) {
    LinkedHashSet<String> digests = new LinkedHashSet<>();
    for (ObjectNode service : source.services().values()) {
      if (name.equals(service.path(field).asText(null))) {
        for (JsonNode set : service.path("version_sets")) {
          if (set.hasNonNull(pinField)) {
            digests.add(set.get(pinField).asText());
          }
        }
      }
    }
    return digests;
  }

  /** Reasons the target cannot take the source's configuration (empty when promotion may proceed). */
  static List<String> blocking(ConfigSnapshot source, Environment targetEnvironment) {
    JsonNode audit = source.settings().get("retention").get("audit_log_days");
    int minimum = targetEnvironment.policy().minimumAuditRetentionDays();
    if (audit != null && audit.isInt() && audit.asInt() < minimum) {
      return List.of("settings.retention.audit_log_days: the source keeps its audit log " + audit.asInt()
          + " days; a " + targetEnvironment.wireName() + " workspace must keep it at least " + minimum + " days");
    }
    return List.of();
  }

  /** SHA-256 over both snapshots: a preview is current exactly while neither workspace's configuration moved. */
  static String digest(ConfigSnapshot source, ConfigSnapshot target) {
    try {
      return DocumentSnapshotStore.digest(JSON.writeValueAsString(List.of(source, target)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
