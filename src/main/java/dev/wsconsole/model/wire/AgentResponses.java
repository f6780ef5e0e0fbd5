package dev.wsconsole.model.wire;

import java.time.Instant;
import java.util.UUID;

/** Response bodies of the agent operations the console reads. */
public final class AgentResponses {
  private AgentResponses() {}

  /** AgentResponse. */
  public record AgentView(UUID id, UUID workspaceId, String name, String description, int latestVersion,
                          Instant createdAt, Instant updatedAt) {}
}
