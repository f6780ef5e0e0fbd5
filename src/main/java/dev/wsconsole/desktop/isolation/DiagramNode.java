package dev.wsconsole.desktop.isolation;

import java.util.List;
import java.util.stream.Collectors;

/** One box of the diagram: a workspace's resource with its live counts. */
public record DiagramNode(String id, ResourceKind kind, List<Tally> tallies) {
  static final String TALLY_SEPARATOR = " · ";

  public DiagramNode {
    DiagramIds.requireValid(id);
    tallies = List.copyOf(tallies);
    if (tallies.isEmpty()) {
      throw new IllegalArgumentException("node " + id + " has no count");
    }
  }

  /** "3 entities · 7 events". */
  public String countText() {
    return tallies.stream().map(Tally::text).collect(Collectors.joining(TALLY_SEPARATOR));
  }
}
