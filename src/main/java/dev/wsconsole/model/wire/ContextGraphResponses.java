package dev.wsconsole.model.wire;

import java.time.Instant;
import java.util.UUID;

/** Response bodies of the context-graph operations the console reads. */
public final class ContextGraphResponses {
  private ContextGraphResponses() {}

  /** ContextGraphResponse; state_count is the latest version's. */
  public record GraphView(UUID id, UUID workspaceId, String name, String description, int latestVersion,
                          int stateCount, Instant createdAt, Instant updatedAt) {}
}
