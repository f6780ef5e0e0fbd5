package dev.wsconsole.desktop.isolation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The isolation picture: one subgraph per workspace, side by side, with no link between them. */
public record IsolationDiagram(List<WorkspaceGraph> workspaces) {

  public IsolationDiagram {
    workspaces = List.copyOf(workspaces);
    Set<Object> seen = new HashSet<>();
    for (WorkspaceGraph w : workspaces) {
      if (!seen.add(w.id())) {
        throw new IllegalArgumentException("workspace " + w.name() + " appears twice");
      }
    }
  }

  public static IsolationDiagram empty() {
    return new IsolationDiagram(List.of());
  }

  public boolean isEmpty() {
    return workspaces.isEmpty();
  }
}
