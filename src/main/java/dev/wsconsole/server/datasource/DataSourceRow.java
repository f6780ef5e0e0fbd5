package dev.wsconsole.server.datasource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored data source (secrets masked) with what its latest finished sync run says. */
public record DataSourceRow(UUID id, UUID workspaceId, String name, String displayName, String sourceType,
                            ObjectNode maskedConfig, List<String> entityTypes, ObjectNode fieldMappings,
                            String syncStrategy, String syncSchedule, boolean isActive, String healthStatus,
                            Instant lastHealthCheck, String discoveredBy, Instant createdAt, Instant updatedAt,
                            Instant lastSyncAt, String lastSyncStatus, long lastSyncEventCount,
                            Instant lastSuccessAt) {}
