package dev.wsconsole.model.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The world API's answers, named and shaped as the contract's schemas. */
public final class WorldViews {
  private WorldViews() {}

  /** An entity and its projected state (EntityResponse). */
  public record Entity(UUID id, UUID workspaceId, String entityType, @Nullable String displayName, JsonNode state,
                       float confidence, long eventCount, boolean hasProjection, Map<String, String> externalIds,
                       @Nullable String source, @Nullable Instant firstSeenAt, @Nullable Instant lastEventAt,
                       @Nullable Instant createdAt, @Nullable Instant updatedAt) {}

  /** One page of entities (EntityListResponse); {@code next_offset} is also the continuation token. */
  public record EntityList(List<Entity> entities, long total, boolean hasMore, @Nullable Integer nextOffset,
                           @Nullable Integer continuationToken) {}

  /** One event of a timeline (EntityEventResponse); {@code is_current} is false once superseded. */
  public record Event(UUID id, UUID entityId, String eventType, String domain, String source, float confidence,
                      JsonNode data, @Nullable UUID supersedes, @Nullable UUID supersededBy, boolean isCurrent,
                      @Nullable String idempotencyKey, @Nullable Instant effectiveAt, @Nullable Instant ingestedAt,
                      @Nullable Instant createdAt) {}

  /** An entity's events, newest first (EntityTimelineResponse). */
  public record Timeline(UUID entityId, List<Event> events, long total, boolean hasMore, @Nullable Integer nextOffset) {}

  /** What an append wrote (or found already written under the same idempotency keys). */
  public record EventsWritten(List<Event> events, int count) {}

  /** One relationship seen from either end (EntityRelationshipResponse). */
  public record Relationship(UUID id, UUID sourceEntityId, String sourceEntityType, UUID targetEntityId,
                             String targetEntityType, String relationship, float confidence, JsonNode data,
                             boolean isCurrent, @Nullable String discoveredBy, @Nullable Instant createdAt) {}

  /** An entity's relationships (EntityRelationshipsResponse). */
  public record Relationships(UUID entityId, List<Relationship> relationships, long total) {}

  /** Per entity type (EntityTypeSummary). */
  public record EntityTypeSummary(String entityType, long count, @Nullable Instant lastUpdated, boolean hasProjection) {}

  /** EntityTypeRegistryResponse. */
  public record EntityTypes(List<EntityTypeSummary> entityTypes, long totalEntities) {}

  /** Per event type (EventTypeSummary). */
  public record EventTypeSummary(String eventType, long count, List<String> domains, List<String> sources) {}

  /** EventTypeRegistryResponse. */
  public record EventTypes(List<EventTypeSummary> eventTypes, long totalEvents) {}

  /** Search hits. */
  public record SearchResults(List<Entity> entities, long total, boolean hasMore, @Nullable Integer nextOffset,
                              String query) {}

  /** Counts (EntityStatsSummary); events have no outbound sync here, so the sync counters are 0. */
  public record EntityCounts(long totalEntities, long totalEvents, long syncPending, long syncSynced, long syncFailed,
                             Map<String, Long> byEventType) {}

  /** Per source and entity type (SourceBreakdownItem). */
  public record SourceBreakdown(String sourceSystem, String entityType, long count) {}

  /** WorldDashboardResponse: velocity over 24 hours and 7 days (components named as the contract spells them), and the mean event confidence. */
  public record Dashboard(EntityCounts entityCounts, long events_24h,
                          long events_7d, @Nullable Double avgConfidence,
                          List<SourceBreakdown> sources, String eventReadModelStatus,
                          @Nullable Instant eventReadModelSyncedAt) {}

  /** What a recompute rebuilt. */
  public record Recomputed(long entities) {}

  /** One projected field (extension): its value and the event that set it. */
  public record Field(String field, JsonNode value, float confidence, String source, String eventType, UUID eventId,
                      Instant ingestedAt) {}

  /** An entity's projected fields, by name (extension: get-entity-fields). */
  public record Fields(UUID entityId, List<Field> fields) {}
}
