package dev.wsconsole.server.datasource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One sync run of a data source: running, success or error, with its counts (in total and per resource
 * type), its error messages (run-level and per skipped resource) and the skipped resources themselves.
 */
public record SyncRun(UUID id, UUID dataSourceId, String status, Instant startedAt, Instant finishedAt,
                      long eventCount, long syncedCount, long failedCount, List<String> errors,
                      Map<String, Map<String, Long>> resourceCounts, List<ResourceError> resourceErrors) {

  /** A resource a run skipped: its FHIR type and id (when known) and why. */
  public record ResourceError(String resourceType, String resourceId, String message) {
    /** One line, e.g. {@code Patient/p-9: malformed: ...}. */
    public String describe() {
      String what = resourceType == null ? "input" : resourceType + (resourceId == null ? "" : "/" + resourceId);
      return what + ": " + message;
    }
  }

  /** Milliseconds from start to finish; null while running. */
  public Long durationMs() {
    return finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
  }
}
