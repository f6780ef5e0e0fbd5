package dev.wsconsole.desktop.isolation;

import dev.wsconsole.model.Environment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Diagrams for the pure tests: workspaces with varied names, environments and counts (some unknown). */
final class DiagramSamples {
  private DiagramSamples() {}

  static WorkspaceGraph workspace(String name, Environment env, long seed) {
    Map<ResourceKind, List<Tally>> counts = new EnumMap<>(ResourceKind.class);
    counts.put(ResourceKind.WORLD_MODEL, List.of(Tally.of("entities", seed * 1234), Tally.of("events", seed * 98765)));
    counts.put(ResourceKind.SERVICES, List.of(Tally.of("services", seed)));
    counts.put(ResourceKind.PHONE_NUMBERS, List.of(seed % 2 == 0 ? Tally.unknown("numbers") : Tally.of("numbers", 3)));
    counts.put(ResourceKind.DATA_SOURCES, List.of(Tally.of("sources", seed + 1)));
    return WorkspaceGraph.standard(new UUID(seed, seed * 31), name, env, counts);
  }

  static IsolationDiagram of(int workspaces) {
    List<WorkspaceGraph> list = new ArrayList<>();
    Environment[] envs = Environment.values();
    for (int i = 1; i <= workspaces; i++) {
      String name = i % 3 == 0 ? "Northside Pediatric & Family Clinic #" + i : "Clinic \"" + i + "\"";
      list.add(workspace(name, envs[i % envs.length], i));
    }
    return new IsolationDiagram(list);
  }
}
