package dev.wsconsole.server.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.promotion.PromotionResponses.Change;
import dev.wsconsole.server.promotion.PromotionResponses.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;

/** Pure comparison of named configuration items: added, changed (in which fields), removed or unchanged. */
final class DiffRules {
  private DiffRules() {}

  /** Items of both maps by name; with {@code removeMissing} a target item the source lacks is removed, else kept. */
  static List<Item> diff(SortedMap<String, ObjectNode> source, SortedMap<String, ObjectNode> target,
                         boolean removeMissing) {
    TreeSet<String> names = new TreeSet<>(source.keySet());
    if (removeMissing) {
      names.addAll(target.keySet());
    }
    List<Item> items = new ArrayList<>();
    for (String name : names) {
      ObjectNode from = source.get(name);
      ObjectNode to = target.get(name);
      if (from == null) {
        items.add(new Item(name, Change.REMOVED, List.of()));
      } else if (to == null) {
        items.add(new Item(name, Change.ADDED, fields(from, null)));
      } else {
        items.add(compare(name, from, to));
      }
    }
    return items;
  }

  /** One item present on both sides: changed in the fields whose values differ, else unchanged. */
  static Item compare(String name, ObjectNode from, ObjectNode to) {
    List<String> fields = fields(from, to);
    return new Item(name, fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED, fields);
  }

  /** Field names whose values differ (every field of {@code from} when {@code to} is null). */
  static List<String> fields(ObjectNode from, ObjectNode to) {
    TreeSet<String> keys = new TreeSet<>();
    from.fieldNames().forEachRemaining(keys::add);
    if (to == null) {
      return List.copyOf(keys);
    }
    to.fieldNames().forEachRemaining(keys::add);
    List<String> differing = new ArrayList<>();
    for (String key : keys) {
      if (!Objects.equals(normal(from.get(key)), normal(to.get(key)))) {
        differing.add(key);
      }
    }
    return differing;
  }

  /** An absent field and an explicit null mean the same; numbers compare by value (1 equals 1.0). */
  private static Object normal(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isNumber() ? (Object) node.decimalValue().stripTrailingZeros() : node;
  }
}
