package dev.wsconsole.server.datasource;

import dev.wsconsole.model.wire.DataSourceViews;
import java.time.Instant;

/** Builds the data-source answers of {@link DataSourceViews} from stored rows and runs. */
final class DataSourceMapping {
  private DataSourceMapping() {}

  /** DataSourceResponse of a stored row, secrets masked, staleness judged at {@code now}. */
  static DataSourceViews.View view(DataSourceRow r, Instant now) {
    return new DataSourceViews.View(r.id(), r.workspaceId(), r.name(), r.displayName(), r.sourceType(),
        r.maskedConfig(), r.entityTypes(), r.fieldMappings(), r.syncStrategy(), r.syncSchedule(), r.lastSyncAt(),
        r.lastSyncStatus(), r.lastSyncEventCount(), r.isActive(),
        DataSourceRules.isStale(r.isActive(), r.syncStrategy(), r.lastSuccessAt(), now), r.healthStatus(),
        r.lastHealthCheck(), r.discoveredBy(), r.createdAt(), r.updatedAt());
  }

  /** One run as listed. */
  static DataSourceViews.Run run(SyncRun r) {
    return new DataSourceViews.Run(r.id(), r.status(), r.startedAt(), r.finishedAt(), r.durationMs(),
        r.eventCount(), r.syncedCount(), r.failedCount(), r.resourceCounts(), r.errors());
  }
}
