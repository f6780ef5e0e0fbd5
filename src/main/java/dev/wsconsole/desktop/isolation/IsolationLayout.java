package dev.wsconsole.desktop.isolation;

import dev.wsconsole.desktop.isolation.DiagramLayout.Frame;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedEdge;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedNode;
import dev.wsconsole.desktop.isolation.DiagramLayout.Point;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a diagram out with ELK's layered algorithm: each workspace is a compound node laid out top to
 * bottom, and the workspaces, which share no edge, are packed left to right in their given order.
 */
public final class IsolationLayout {
  private static final double GAP_BETWEEN_WORKSPACES = 40;
  private static final double GAP_BETWEEN_NODES = 36;
  private static final double MARGIN = 20;

  private IsolationLayout() {}

  public static DiagramLayout layout(IsolationDiagram diagram) {
    ElkNode root = ElkGraphUtil.createGraph();
    configure(root, Direction.RIGHT, new ElkPadding(MARGIN));
    root.setProperty(CoreOptions.SPACING_NODE_NODE, GAP_BETWEEN_WORKSPACES);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, GAP_BETWEEN_WORKSPACES);
    // Disconnected workspaces become components; a very wide aspect ratio keeps them on one row.
    root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
    root.setProperty(CoreOptions.ASPECT_RATIO, 1000.0);
    root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS,
        org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy.MODEL_ORDER);
    Map<String, ElkNode> frames = new HashMap<>();
    Map<String, ElkNode> boxes = new HashMap<>();
    Map<DiagramEdge, ElkEdge> links = new HashMap<>();
    for (WorkspaceGraph w : diagram.workspaces()) {
      frames.put(w.key(), frameFor(root, w, boxes, links));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    return read(diagram, root, frames, boxes, links);
  }

  private static void configure(ElkNode graph, Direction direction, ElkPadding padding) {
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, direction);
    graph.setProperty(CoreOptions.PADDING, padding);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
  }

  private static ElkNode frameFor(ElkNode root, WorkspaceGraph w, Map<String, ElkNode> boxes,
                                  Map<DiagramEdge, ElkEdge> links) {
    ElkNode frame = ElkGraphUtil.createNode(root);
    double pad = NodeSizes.FRAME_PADDING;
    configure(frame, Direction.DOWN, new ElkPadding(NodeSizes.FRAME_TITLE_BAND, pad, pad, pad));
    frame.setProperty(CoreOptions.SPACING_NODE_NODE, GAP_BETWEEN_NODES);
    frame.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, GAP_BETWEEN_NODES);
    frame.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
    frame.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(NodeSizes.frameMinWidth(w), 0));
    for (DiagramNode n : w.nodes()) {
      ElkNode box = ElkGraphUtil.createNode(frame);
      box.setDimensions(NodeSizes.nodeWidth(n), NodeSizes.nodeHeight());
      boxes.put(n.id(), box);
    }
    for (DiagramEdge e : w.edges()) {
      links.put(e, ElkGraphUtil.createSimpleEdge(boxes.get(e.from()), boxes.get(e.to())));
    }
    return frame;
  }

  private static DiagramLayout read(IsolationDiagram diagram, ElkNode root, Map<String, ElkNode> frames,
                                    Map<String, ElkNode> boxes, Map<DiagramEdge, ElkEdge> links) {
    List<Frame> placedFrames = new ArrayList<>();
    List<PlacedNode> placedNodes = new ArrayList<>();
    List<PlacedEdge> placedEdges = new ArrayList<>();
    for (WorkspaceGraph w : diagram.workspaces()) {
      ElkNode frame = frames.get(w.key());
      placedFrames.add(new Frame(w, new Box(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight())));
      for (DiagramNode n : w.nodes()) {
        ElkNode b = boxes.get(n.id());
        placedNodes.add(new PlacedNode(w.key(), n,
            new Box(frame.getX() + b.getX(), frame.getY() + b.getY(), b.getWidth(), b.getHeight())));
      }
      for (DiagramEdge e : w.edges()) {
        placedEdges.add(new PlacedEdge(w.key(), e, route(links.get(e))));
      }
    }
    return new DiagramLayout(diagram, placedFrames, placedNodes, placedEdges, root.getWidth(), root.getHeight());
  }

  /** The edge's route in absolute coordinates (ELK gives them relative to the edge's containing node). */
  private static List<Point> route(ElkEdge edge) {
    KVector offset = new KVector();
    for (ElkNode n = edge.getContainingNode(); n != null; n = n.getParent()) {
      offset.add(n.getX(), n.getY());
    }
    List<Point> points = new ArrayList<>();
    for (ElkEdgeSection s : edge.getSections()) {
      points.add(new Point(offset.x + s.getStartX(), offset.y + s.getStartY()));
      s.getBendPoints().forEach(p -> points.add(new Point(offset.x + p.getX(), offset.y + p.getY())));
      points.add(new Point(offset.x + s.getEndX(), offset.y + s.getEndY()));
    }
    return points;
  }
}
