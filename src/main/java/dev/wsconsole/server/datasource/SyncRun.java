package dev.wsconsole.server.datasource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One sync run of a data source: running, success or error, with its counts and error messages. */
public record SyncRun(UUID id, UUID dataSourceId, String status, Instant startedAt, Instant finishedAt,
                      long eventCount, long syncedCount, long failedCount, List<String> errors) {

  /** Milliseconds from start to finish; null while running. */
  public Long durationMs() {
    return finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
  }
}
