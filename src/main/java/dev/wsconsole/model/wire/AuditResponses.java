package dev.wsconsole.model.wire;

import dev.wsconsole.model.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the audit operations, named and shaped as in the platform contract. */
public final class AuditResponses {
  private AuditResponses() {}

  /** One audit event as the platform lists it; our chain position and outcome travel in {@code metadata}. */
  public record Event(UUID id, UUID workspaceId, Instant timestamp, String service, String action,
                      @Nullable String resourceType, @Nullable String resourceId, @Nullable String resourceName,
                      @Nullable String actorEntityId, @Nullable String actorCredentialId, @Nullable String ipAddress,
                      @Nullable String userAgent, boolean phiAccessed, Map<String, Object> metadata) {}

  /** AuditEventsListResponse: one page of events, offset-paged. */
  public record EventList(List<Event> events, long total, int limit, int offset, boolean hasMore) {}

  /** AuditSummaryResponse. */
  public record Summary(long totalEvents, long phiAccessEvents, long uniqueActors, long servicesWithEvents) {}

  /** AuditExportResponse: the kept export's key and where to download it. */
  public record Export(String exportId, String s3Key, long rowCount, String downloadUrl, Instant createdAt) {}

  /** AuditExportListItem: one kept export (size in bytes, last_modified ISO-8601). */
  public record ExportListItem(String key, long size, @Nullable String lastModified, @Nullable String downloadUrl) {}

  /** AuditExportListResponse: the kept exports, newest first. */
  public record ExportList(List<ExportListItem> exports) {}

  /** Our extension: whether the hash chain holds, and where it first breaks. */
  public record Verification(boolean valid, int entriesChecked, @Nullable Long firstBrokenSeq,
                             @Nullable String detail) {}
}
