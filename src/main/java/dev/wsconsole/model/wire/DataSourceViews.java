package dev.wsconsole.model.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the data-source operations (contract names; secrets appear only masked). */
public final class DataSourceViews {
  private DataSourceViews() {}

  /** DataSourceResponse. */
  public record View(UUID id, UUID workspaceId, String name, @Nullable String displayName, String sourceType,
                     ObjectNode connectionConfig, @Nullable List<String> entityTypes, ObjectNode fieldMappings,
                     String syncStrategy, @Nullable String syncSchedule, @Nullable Instant lastSyncAt,
                     @Nullable String lastSyncStatus, long lastSyncEventCount, boolean isActive, boolean isStale,
                     String healthStatus, @Nullable Instant lastHealthCheck, @Nullable String discoveredBy,
                     Instant createdAt, Instant updatedAt) {}

  /** DataSourceStatusResponse. */
  public record Status(UUID dataSourceId, String name, boolean isActive, String healthStatus,
                       @Nullable Instant lastSyncAt, @Nullable String lastSyncStatus, long lastSyncEventCount,
                       long eventCount, long syncedCount, long failedCount) {}

  /** TriggerSyncResponse, plus {@code sync_id} (extension: the run that was recorded). */
  public record SyncTriggered(String status, UUID dataSourceId, Instant triggeredAt, UUID syncId) {}

  /** TriggerSyncConflictDetails. */
  public record ConflictDetails(Instant lastPollAt, Long lastPollDurationMs) {}

  /** SyncHistoryEntry: one UTC day of runs. */
  public record DayEntry(String date, long eventCount, long syncedCount, long failedCount) {}

  /** SyncFailureEntry: a failed run, or a resource a run skipped (event_id is the run's id in both). */
  public record Failure(UUID eventId, String eventType, String fhirResourceType, String fhirResourceId,
                        String syncError, String createdAt) {}

  /** One run as listed in {@code runs} (extension): status, times, duration, counts (also per resource type) and errors. */
  public record Run(UUID id, String status, Instant startedAt, Instant finishedAt, Long durationMs, long eventCount,
                    long syncedCount, long failedCount, Map<String, Map<String, Long>> resourceCounts,
                    List<String> errors) {}

  /** DataSourceSyncHistoryResponse, plus {@code runs} (extension). */
  public record History(UUID dataSourceId, String name, List<DayEntry> timeline, List<Failure> recentFailures,
                        List<Run> runs) {}

  /** The 409 body: the platform's {@code detail} plus the contract's TriggerSyncConflictResponse fields. */
  public static Map<String, Object> conflict(ConflictDetails details) {
    String message = "Data source is already syncing.";
    return Map.of("detail", message, "message", message, "details", details);
  }
}
