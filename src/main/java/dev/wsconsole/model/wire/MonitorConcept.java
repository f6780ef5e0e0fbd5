package dev.wsconsole.model.wire;

import dev.wsconsole.model.wire.MonitorConceptRequests.AgentConfig;
import dev.wsconsole.model.wire.MonitorConceptRequests.Escalation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** MonitorConceptResponse: a stored monitor concept (this console computes no embeddings). */
public record MonitorConcept(UUID id, UUID workspaceId, String name, String description, double threshold,
                             double standaloneThreshold, AgentConfig agentConfig, Escalation escalation,
                             List<String> tags, boolean hasEmbedding, Instant createdAt, Instant updatedAt) {}
