package dev.wsconsole.desktop.isolation;

import dev.wsconsole.desktop.isolation.DiagramLayout.Frame;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedEdge;
import dev.wsconsole.desktop.isolation.DiagramLayout.PlacedNode;
import dev.wsconsole.desktop.isolation.DiagramLayout.Point;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a laid-out diagram as a standalone SVG document: frames, boxes, labels and arrows. */
public final class SvgWriter {
  private static final String FONT = "font-family=\"Inter, 'Segoe UI', Helvetica, Arial, sans-serif\"";

  private static final String BOLD = "font-size=\"13\" font-weight=\"600\"";
  private static final String NORMAL = "font-size=\"12\"";
  private static final String SMALL = "font-size=\"11\"";

  private SvgWriter() {}

  public static String write(DiagramLayout layout, DiagramPalette p) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
        + " viewBox=\"0 0 %.0f %.0f\">%n", layout.width(), layout.height(), layout.width(), layout.height()));
    out.append("  <title>Workspace isolation</title>\n");
    out.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
        + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
        .append(p.edge()).append("\"/></marker></defs>\n");
    out.append(rect(0, 0, layout.width(), layout.height(), 0, p.canvas(), "none", ""));
    layout.frames().forEach(f -> frame(out, f, p));
    layout.edges().forEach(e -> edge(out, e, p));
    layout.nodes().forEach(n -> node(out, n, p));
    return out.append("</svg>\n").toString();
  }

  private static void frame(StringBuilder out, Frame f, DiagramPalette p) {
    Box b = f.bounds();
    WorkspaceGraph w = f.workspace();
    out.append("  <g id=\"").append(w.key()).append("\">\n");
    out.append(rect(b.x(), b.y(), b.width(), b.height(), 10, p.frameFill(), p.frameStroke(), ""));
    double baseline = b.y() + 28;
    out.append(text(b.x() + NodeSizes.FRAME_PADDING, baseline, "start", p.title(), BOLD, w.name()));
    double badgeX = b.maxX() - NodeSizes.FRAME_PADDING - NodeSizes.badgeWidth(w);
    String color = p.badge(w.environment());
    out.append(rect(badgeX, baseline - 14, NodeSizes.badgeWidth(w), 20, 10, color, "none", ""));
    out.append(text(badgeX + NodeSizes.badgeWidth(w) / 2, baseline, "middle", p.badgeText(), SMALL,
        w.environment().wireName()));
    out.append("  </g>\n");
  }

  private static void node(StringBuilder out, PlacedNode n, DiagramPalette p) {
    Box b = n.bounds();
    out.append(rect(b.x(), b.y(), b.width(), b.height(), 8, p.nodeFill(), p.nodeStroke(), "id=\"" + n.node().id() + "\""));
    out.append(text(b.centerX(), b.y() + 24, "middle", p.text(), BOLD, n.node().kind().title()));
    out.append(text(b.centerX(), b.y() + 43, "middle", p.mutedText(), NORMAL, n.node().countText()));
  }

  private static void edge(StringBuilder out, PlacedEdge e, DiagramPalette p) {
    String points = e.points().stream().map(SvgWriter::coordinates).collect(Collectors.joining(" "));
    out.append("  <polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(p.edge())
        .append("\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n");
  }

  private static String coordinates(Point pt) {
    return String.format(Locale.ROOT, "%.1f,%.1f", pt.x(), pt.y());
  }

  private static String rect(double x, double y, double w, double h, double r, String fill, String stroke, String extra) {
    return String.format(Locale.ROOT, "  <rect %sx=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\""
        + " fill=\"%s\" stroke=\"%s\"/>%n", extra.isEmpty() ? "" : extra + " ", x, y, w, h, r, fill, stroke);
  }

  private static String text(double x, double y, String anchor, String fill, String style, String content) {
    return String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\" %s %s>%s</text>%n",
        x, y, anchor, fill, FONT, style, escape(content));
  }

  /** XML-escapes text content. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
