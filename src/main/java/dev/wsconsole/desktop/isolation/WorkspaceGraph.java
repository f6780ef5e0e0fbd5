package dev.wsconsole.desktop.isolation;

import dev.wsconsole.model.Environment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One workspace's subgraph: its resources and the links between them. Edges live inside a subgraph
 * and may only join its own nodes, so two workspaces can never be linked.
 */
public record WorkspaceGraph(UUID id, String name, Environment environment, List<DiagramNode> nodes,
                             List<DiagramEdge> edges) {

  public WorkspaceGraph {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(environment, "environment");
    if (name == null || name.isBlank() || name.contains("\n")) {
      throw new IllegalArgumentException("a workspace needs a one-line name");
    }
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    String prefix = DiagramIds.workspace(id) + "_";
    Set<String> own = new HashSet<>();
    for (DiagramNode n : nodes) {
      if (!n.id().startsWith(prefix) || !own.add(n.id())) {
        throw new IllegalArgumentException("node " + n.id() + " does not belong to workspace " + name);
      }
    }
    for (DiagramEdge e : edges) {
      if (!own.contains(e.from()) || !own.contains(e.to())) {
        throw new IllegalArgumentException("edge " + e.from() + " -> " + e.to() + " leaves workspace " + name);
      }
    }
  }

  /** The usual subgraph: World Model, Services, Phone Numbers, Data Sources, chained in that order. */
  public static WorkspaceGraph standard(UUID id, String name, Environment environment,
                                        Map<ResourceKind, List<Tally>> counts) {
    String key = DiagramIds.workspace(id);
    List<DiagramNode> nodes = new ArrayList<>();
    List<DiagramEdge> edges = new ArrayList<>();
    for (ResourceKind kind : ResourceKind.values()) {
      List<Tally> tallies = counts.get(kind);
      if (tallies == null) {
        throw new IllegalArgumentException("no count for " + kind.title());
      }
      nodes.add(new DiagramNode(DiagramIds.node(key, kind), kind, tallies));
      if (nodes.size() > 1) {
        edges.add(new DiagramEdge(nodes.get(nodes.size() - 2).id(), nodes.get(nodes.size() - 1).id()));
      }
    }
    return new WorkspaceGraph(id, name, environment, nodes, edges);
  }

  /** The subgraph id, e.g. {@code ws_0f3c...}. */
  public String key() {
    return DiagramIds.workspace(id);
  }

  /** The title of the frame: name and environment. */
  public String title() {
    return name + " [" + environment.wireName() + "]";
  }
}
