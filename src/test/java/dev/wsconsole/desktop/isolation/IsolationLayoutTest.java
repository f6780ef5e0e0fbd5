package dev.wsconsole.desktop.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.isolation.DiagramLayout.Frame;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedEdge;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedNode;
import dev.wsconsole.desktop.isolation.DiagramLayout.Point;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsolationLayoutTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5})
  void everyNodeSitsInsideItsOwnWorkspaceFrameAndBelowTheTitle(int count) {
    DiagramLayout layout = IsolationLayout.layout(DiagramSamples.of(count));
    Map<String, Frame> frames = framesByKey(layout);
    assertEquals(count * ResourceKind.values().length, layout.nodes().size());
    for (PlacedNode n : layout.nodes()) {
      Box frame = frames.get(n.workspaceKey()).bounds();
      assertTrue(frame.contains(n.bounds()), n.node().id() + " outside its frame");
      assertTrue(n.bounds().y() >= frame.y() + NodeSizes.FRAME_TITLE_BAND - 0.5, n.node().id() + " under the title");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5})
  void noTwoNodesOverlap(int count) {
    List<PlacedNode> nodes = IsolationLayout.layout(DiagramSamples.of(count)).nodes();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        assertFalse(nodes.get(i).bounds().overlaps(nodes.get(j).bounds()),
            nodes.get(i).node().id() + " overlaps " + nodes.get(j).node().id());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5})
  void workspaceFramesAreDisjointAndSideBySideInOrder(int count) {
    DiagramLayout layout = IsolationLayout.layout(DiagramSamples.of(count));
    List<Frame> frames = layout.frames();
    for (int i = 1; i < frames.size(); i++) {
      Box left = frames.get(i - 1).bounds();
      Box right = frames.get(i).bounds();
      assertTrue(right.x() >= left.maxX() + 1, "frame " + i + " is not right of frame " + (i - 1));
      assertTrue(right.y() < left.maxY() && left.y() < right.maxY(), "frames " + i + " not on one row");
    }
    for (Frame f : frames) {
      assertTrue(f.bounds().maxX() <= layout.width() && f.bounds().maxY() <= layout.height(), "frame outside");
      assertTrue(f.bounds().width() >= NodeSizes.frameMinWidth(f.workspace()) - 0.5, "title does not fit");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void everyEdgeStaysInsideItsWorkspaceFrameAndJoinsItsNodes(int count) {
    DiagramLayout layout = IsolationLayout.layout(DiagramSamples.of(count));
    Map<String, Frame> frames = framesByKey(layout);
    Map<String, PlacedNode> nodes = layout.nodes().stream()
        .collect(Collectors.toMap(n -> n.node().id(), Function.identity()));
    assertEquals(count * 3, layout.edges().size());
    for (PlacedEdge e : layout.edges()) {
      Box frame = frames.get(e.workspaceKey()).bounds();
      assertTrue(e.points().size() >= 2);
      for (Point p : e.points()) {
        assertTrue(frame.contains(p), "edge " + e.edge() + " leaves its frame at " + p);
        for (Frame other : layout.frames()) {
          assertTrue(other.workspace().key().equals(e.workspaceKey()) || !other.bounds().contains(p),
              "edge point inside another workspace");
        }
      }
      assertTrue(touches(nodes.get(e.edge().from()).bounds(), e.points().get(0)), "edge does not start at its node");
      assertTrue(touches(nodes.get(e.edge().to()).bounds(), e.points().get(e.points().size() - 1)),
          "edge does not end at its node");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0})
  void anEmptyDiagramHasNothingToPlace(int count) {
    DiagramLayout layout = IsolationLayout.layout(DiagramSamples.of(count));
    assertTrue(layout.frames().isEmpty() && layout.nodes().isEmpty() && layout.edges().isEmpty());
  }

  private static boolean touches(Box box, Point p) {
    return new Box(box.x() - 1, box.y() - 1, box.width() + 2, box.height() + 2).contains(p);
  }

  private static Map<String, Frame> framesByKey(DiagramLayout layout) {
    return layout.frames().stream().collect(Collectors.toMap(f -> f.workspace().key(), Function.identity()));
  }
}
