package dev.wsconsole.desktop.isolation;

import dev.wsconsole.model.Environment;

/**
 * Writes a diagram as mermaid text: {@code flowchart LR} with one {@code subgraph} per workspace (laid
 * out top to bottom inside), a node per resource with its counts, and links only inside a subgraph.
 */
public final class MermaidWriter {
  static final String HEADER = "flowchart LR";

  private MermaidWriter() {}

  public static String write(IsolationDiagram diagram) {
    StringBuilder out = new StringBuilder();
    out.append("%% Workspace isolation: one subgraph per workspace; workspaces are never linked.\n");
    out.append(HEADER).append('\n');
    for (WorkspaceGraph w : diagram.workspaces()) {
      writeWorkspace(out, w);
    }
    return out.toString();
  }

  private static void writeWorkspace(StringBuilder out, WorkspaceGraph w) {
    out.append("  subgraph ").append(w.key()).append("[\"").append(MermaidText.encode(w.title())).append("\"]\n");
    out.append("    direction TB\n");
    for (DiagramNode n : w.nodes()) {
      out.append("    ").append(n.id()).append("[\"").append(n.kind().title()).append(MermaidText.LINE_BREAK)
          .append(MermaidText.encode(n.countText())).append("\"]\n");
    }
    for (DiagramEdge e : w.edges()) {
      out.append("    ").append(e.from()).append(" --> ").append(e.to()).append('\n');
    }
    out.append("  end\n");
    if (w.environment() == Environment.PRODUCTION) {
      out.append("  style ").append(w.key()).append(" stroke:#cf222e,stroke-width:2px\n");
    }
  }
}
