package dev.wsconsole.server.datasource;

import java.util.List;
import java.util.Map;

/**
 * How a sync run ended: success or error, its totals (events written, resources synced and failed),
 * counts per resource type (e.g. {@code Patient -> {imported: 3, failed: 1, events: 3}}), run-level error
 * messages, and the resources that were skipped.
 */
public record SyncResult(boolean success, long eventCount, long syncedCount, long failedCount,
                         Map<String, Map<String, Long>> resourceCounts, List<String> errors,
                         List<SyncRun.ResourceError> resourceErrors) {}
