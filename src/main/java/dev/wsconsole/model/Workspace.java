package dev.wsconsole.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workspace's directory entry: the platform's WorkspaceResponse plus archive state and test numbers. */
public record Workspace(UUID id, String slug, String name, Environment environment, String backendOrgId,
                        String region, String connectorType, Instant provisionedAt, Instant createdAt,
                        Instant updatedAt, Instant archivedAt, List<String> testCallerNumbers) {}
