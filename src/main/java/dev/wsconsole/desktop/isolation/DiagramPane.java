package dev.wsconsole.desktop.isolation;

import dev.wsconsole.desktop.isolation.DiagramLayout.Frame;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedEdge;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedNode;
import dev.wsconsole.desktop.isolation.DiagramLayout.Point;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws a laid-out diagram as JavaFX nodes, mermaid-style: titled frames per workspace with an
 * environment badge, rounded boxes with label and count, and arrows; colours come from the theme (CSS).
 */
public final class DiagramPane extends Group {
  private static final double ARROW = 7;

  public DiagramPane() {
    getStyleClass().add("iso-diagram");
  }

  public void show(DiagramLayout layout) {
    Rectangle canvas = new Rectangle(0, 0, layout.width(), layout.height());
    canvas.getStyleClass().add("iso-canvas");
    getChildren().setAll(canvas);
    layout.frames().forEach(f -> getChildren().addAll(frame(f)));
    layout.edges().forEach(e -> getChildren().addAll(edge(e)));
    layout.nodes().forEach(n -> getChildren().add(box(n)));
  }

  private static List<Node> frame(Frame f) {
    Box b = f.bounds();
    WorkspaceGraph w = f.workspace();
    Rectangle border = new Rectangle(b.x(), b.y(), b.width(), b.height());
    border.setArcWidth(20);
    border.setArcHeight(20);
    border.setId(w.key());
    border.getStyleClass().addAll("iso-frame", "iso-frame-" + w.environment().wireName());
    Text title = new Text(b.x() + NodeSizes.FRAME_PADDING, b.y() + 28, w.name());
    title.setId(w.key() + "_title");
    title.getStyleClass().add("iso-frame-title");
    Label badge = new Label(w.environment().wireName());
    badge.setId(w.key() + "_badge");
    badge.getStyleClass().addAll("iso-badge", "iso-badge-" + w.environment().wireName());
    badge.setAlignment(Pos.CENTER);
    badge.resizeRelocate(b.maxX() - NodeSizes.FRAME_PADDING - NodeSizes.badgeWidth(w), b.y() + 14,
        NodeSizes.badgeWidth(w), 20);
    badge.setMinSize(NodeSizes.badgeWidth(w), 20);
    badge.setMaxSize(NodeSizes.badgeWidth(w), 20);
    return List.of(border, title, badge);
  }

  private static Node box(PlacedNode n) {
    Label title = new Label(n.node().kind().title());
    title.getStyleClass().add("iso-node-title");
    Label count = new Label(n.node().countText());
    count.setId(n.node().id() + "_count");
    count.getStyleClass().add("iso-node-count");
    VBox box = new VBox(2, title, count);
    box.setId(n.node().id());
    box.getStyleClass().add("iso-node");
    box.setAlignment(Pos.CENTER);
    Box b = n.bounds();
    box.setMinSize(b.width(), b.height());
    box.setPrefSize(b.width(), b.height());
    box.setMaxSize(b.width(), b.height());
    box.relocate(b.x(), b.y());
    String said = n.node().kind().title() + ": " + n.node().countText();
    box.setAccessibleText(said);
    Tooltip.install(box, new Tooltip(said));
    return box;
  }

  private static List<Node> edge(PlacedEdge e) {
    Polyline line = new Polyline();
    e.points().forEach(p -> line.getPoints().addAll(p.x(), p.y()));
    line.getStyleClass().add("iso-edge");
    Point end = e.points().get(e.points().size() - 1);
    Point before = e.points().get(e.points().size() - 2);
    double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
    Polygon head = new Polygon(end.x(), end.y(),
        end.x() - ARROW * Math.cos(angle - 0.45), end.y() - ARROW * Math.sin(angle - 0.45),
        end.x() - ARROW * Math.cos(angle + 0.45), end.y() - ARROW * Math.sin(angle + 0.45));
    head.getStyleClass().add("iso-arrow");
    return List.of(line, head);
  }
}
