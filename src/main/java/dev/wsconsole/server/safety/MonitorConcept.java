package dev.wsconsole.server.safety;

import dev.wsconsole.server.safety.MonitorConceptRequests.AgentConfig;
import dev.wsconsole.server.safety.MonitorConceptRequests.Escalation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** MonitorConceptResponse: a stored monitor concept (this console computes no embeddings). */
public record MonitorConcept(UUID id, UUID workspaceId, String name, String description, double threshold,
                             double standaloneThreshold, AgentConfig agentConfig, Escalation escalation,
                             List<String> tags, boolean hasEmbedding, Instant createdAt, Instant updatedAt) {

  MonitorConceptDraft draft(String templateId) {
    return new MonitorConceptDraft(name, description, threshold, standaloneThreshold, tags, escalation, agentConfig,
        templateId);
  }
}
