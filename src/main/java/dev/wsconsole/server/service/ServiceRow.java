package dev.wsconsole.server.service;

import java.time.Instant;
import java.util.UUID;

/** A stored service: its settings, the names of its agent and context graph, and its times. */
public record ServiceRow(UUID id, UUID workspaceId, ServiceDraft settings, String agentName,
                         String contextGraphName, Instant createdAt, Instant updatedAt) {}
