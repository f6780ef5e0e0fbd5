package dev.wsconsole.desktop.isolation;

/** A link between two nodes of the same workspace (there are no other links). */
public record DiagramEdge(String from, String to) {
  public DiagramEdge {
    DiagramIds.requireValid(from);
    DiagramIds.requireValid(to);
    if (from.equals(to)) {
      throw new IllegalArgumentException("an edge links two different nodes");
    }
  }
}
