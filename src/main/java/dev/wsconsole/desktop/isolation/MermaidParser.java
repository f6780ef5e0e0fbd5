package dev.wsconsole.desktop.isolation;

import dev.wsconsole.model.Environment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the mermaid text of {@link MermaidWriter} back into a diagram. It refuses what the picture must
 * never show: a link outside a subgraph or between two workspaces.
 */
public final class MermaidParser {
  private static final Pattern SUBGRAPH = Pattern.compile("subgraph (\\w+)\\[\"([^\"]*)\"]");
  private static final Pattern TITLE = Pattern.compile("(.+) \\[(\\w+)]");
  private static final Pattern NODE = Pattern.compile("(\\w+)\\[\"([^\"]*)\"]");
  private static final Pattern EDGE = Pattern.compile("(\\w+) --> (\\w+)");
  private final List<WorkspaceGraph> workspaces = new ArrayList<>();
  private Open open;
  private int lineNumber;

  private MermaidParser() {}

  public static IsolationDiagram parse(String text) {
    MermaidParser parser = new MermaidParser();
    List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).toList();
    boolean header = false;
    for (String line : lines) {
      parser.lineNumber++;
      if (line.isEmpty() || line.startsWith("%%")) {
        continue;
      }
      if (!header) {
        parser.require(line.equals(MermaidWriter.HEADER), "expected '" + MermaidWriter.HEADER + "'");
        header = true;
        continue;
      }
      parser.read(line);
    }
    parser.require(header, "no '" + MermaidWriter.HEADER + "' line");
    parser.require(parser.open == null, "subgraph " + (parser.open == null ? "" : parser.open.key) + " has no 'end'");
    return new IsolationDiagram(parser.workspaces);
  }

  private void read(String line) {
    Matcher m;
    if ((m = SUBGRAPH.matcher(line)).matches()) {
      require(open == null, "subgraphs are not nested");
      open = opening(m.group(1), MermaidText.decode(m.group(2)));
    } else if (line.equals("end")) {
      require(open != null, "'end' without a subgraph");
      workspaces.add(open.close());
      open = null;
    } else if (line.startsWith("direction ") || line.startsWith("style ") || line.startsWith("classDef ")
        || line.startsWith("class ")) {
      return;
    } else if ((m = EDGE.matcher(line)).matches()) {
      require(open != null, "a link outside a subgraph: workspaces are never linked");
      require(open.has(m.group(1)) && open.has(m.group(2)),
          "link " + m.group(1) + " --> " + m.group(2) + " leaves workspace " + open.key + ": workspaces are never linked");
      open.edges.add(new DiagramEdge(m.group(1), m.group(2)));
    } else if ((m = NODE.matcher(line)).matches()) {
      require(open != null, "a node outside a subgraph");
      open.nodes.add(node(m.group(1), m.group(2)));
    } else {
      require(false, "cannot read '" + line + "'");
    }
  }

  private Open opening(String key, String title) {
    Matcher t = TITLE.matcher(title);
    require(t.matches(), "subgraph title '" + title + "' lacks its [environment]");
    try {
      return new Open(key, DiagramIds.workspaceUuid(key), t.group(1), Environment.fromWire(t.group(2)));
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  private DiagramNode node(String id, String label) {
    String[] parts = label.split(Pattern.quote(MermaidText.LINE_BREAK), 2);
    require(parts.length == 2, "node " + id + " has no counts");
    try {
      List<Tally> tallies = Arrays.stream(MermaidText.decode(parts[1]).split(Pattern.quote(DiagramNode.TALLY_SEPARATOR)))
          .map(Tally::parse).toList();
      return new DiagramNode(id, ResourceKind.fromTitle(parts[0]), tallies);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw error(message);
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("mermaid line " + lineNumber + ": " + message);
  }

  /** A subgraph being read. */
  private final class Open {
    final String key;
    final UUID id;
    final String name;
    final Environment environment;
    final List<DiagramNode> nodes = new ArrayList<>();
    final List<DiagramEdge> edges = new ArrayList<>();

    Open(String key, UUID id, String name, Environment environment) {
      this.key = key;
      this.id = id;
      this.name = name;
      this.environment = environment;
    }

    boolean has(String nodeId) {
      return nodes.stream().anyMatch(n -> n.id().equals(nodeId));
    }

    WorkspaceGraph close() {
      try {
        return new WorkspaceGraph(id, name, environment, nodes, edges);
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }
  }
}
