package dev.wsconsole.model.wire;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Nullable;
import dev.wsconsole.model.Workspace;
import java.time.Instant;
import java.util.UUID;

/** The platform's WorkspaceResponse, plus {@code archived_at} (an extension field). */
public record WorkspaceView(UUID id, String slug, String name, Environment environment,
                            @Nullable String backendOrgId, String region, @Nullable String connectorType,
                            @Nullable Instant provisionedAt, Instant createdAt, Instant updatedAt,
                            @Nullable Instant archivedAt) {

  public static WorkspaceView of(Workspace w) {
    return new WorkspaceView(w.id(), w.slug(), w.name(), w.environment(), w.backendOrgId(), w.region(),
        w.connectorType(), w.provisionedAt(), w.createdAt(), w.updatedAt(), w.archivedAt());
  }
}
