package dev.wsconsole.server.promotion;

import dev.wsconsole.server.promotion.PromotionResponses.Change;
import dev.wsconsole.server.promotion.PromotionResponses.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Phone routing promotion. A number is registered once on the platform, so the target's numbers are
 * never the source's: a target number takes the routing of the source number with the same display
 * name (its label, e.g. "Front desk"), by service name. A number without a match keeps its routing,
 * unless its service is removed by the promotion, in which case it routes nowhere.
 */
final class PhoneRoutingRules {
  private PhoneRoutingRules() {}

  /** The routing diff of every target number; fills {@code routing} with each changed number's new service. */
  static List<Item> diff(ConfigSnapshot source, ConfigSnapshot target, Map<UUID, String> routing) {
    Map<String, String> byLabel = new HashMap<>();
    for (ConfigSnapshot.Number n : source.numbers()) {
      if (!n.label().isBlank() && !byLabel.containsKey(n.label())) {
        byLabel.put(n.label(), n.serviceName());
      }
    }
    List<Item> items = new ArrayList<>();
    for (ConfigSnapshot.Number n : target.numbers()) {
      String next = byLabel.containsKey(n.label()) ? byLabel.get(n.label()) : n.serviceName();
      if (next != null && !source.services().containsKey(next)) {
        next = null; // the service is not in the source, so the promotion removes it from the target
      }
      String name = n.phoneNumber() + (n.label().isBlank() ? "" : " (" + n.label() + ")");
      if (Objects.equals(next, n.serviceName())) {
        items.add(new Item(name, Change.UNCHANGED, List.of()));
      } else {
        routing.put(n.id(), next);
        items.add(new Item(name, Change.CHANGED, List.of("inbound_service: " + label(n.serviceName()) + " -> "
            + label(next))));
      }
    }
    return items;
  }

  private static String label(String service) {
    return service == null ? "(none)" : service;
  }
}
