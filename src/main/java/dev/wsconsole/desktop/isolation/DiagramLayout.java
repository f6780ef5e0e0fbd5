package dev.wsconsole.desktop.isolation;

import java.util.List;

/** A diagram with every frame, box and edge placed, in absolute coordinates; what views and exports draw. */
public record DiagramLayout(IsolationDiagram diagram, List<Frame> frames, List<PlacedNode> nodes,
                            List<PlacedEdge> edges, double width, double height) {

  public DiagramLayout {
    frames = List.copyOf(frames);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** Nothing to draw. */
  public static DiagramLayout empty() {
    return new DiagramLayout(IsolationDiagram.empty(), List.of(), List.of(), List.of(), 0, 0);
  }

  /** A point of an edge's route. */
  public record Point(double x, double y) {}

  /** A workspace's frame: the subgraph's bounds, its title drawn in the top band. */
  public record Frame(WorkspaceGraph workspace, Box bounds) {}

  /** A node's box inside the frame of {@code workspaceKey}. */
  public record PlacedNode(String workspaceKey, DiagramNode node, Box bounds) {}

  /** An edge's route (start, bends, end) inside the frame of {@code workspaceKey}. */
  public record PlacedEdge(String workspaceKey, DiagramEdge edge, List<Point> points) {
    public PlacedEdge {
      points = List.copyOf(points);
    }
  }
}
