package dev.wsconsole.model.wire;

import dev.wsconsole.model.Nullable;
import dev.wsconsole.model.wire.ServiceRequests.EscalationPolicy;
import dev.wsconsole.model.wire.ServiceRequests.ServiceTag;
import dev.wsconsole.model.wire.ServiceRequests.ServiceVoiceConfig;
import dev.wsconsole.model.wire.ServiceRequests.VersionSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the service operations (ServiceResponse). */
public final class ServiceResponses {
  private ServiceResponses() {}

  /** ServiceResponse; this console has no personas or system services. */
  public record ServiceView(UUID id, UUID workspaceId, String name, String description, UUID agentId,
                            @Nullable String agentName, UUID contextGraphId, @Nullable String contextGraphName,
                            String channelType, String environment, @Nullable EscalationPolicy escalationPolicy,
                            boolean isActive, boolean isSystem, List<String> keyterms, @Nullable UUID personaId,
                            @Nullable String personaName, boolean safetyFiltersEnabled, List<ServiceTag> tags,
                            int toolCapacity, Map<String, VersionSet> versionSets,
                            @Nullable ServiceVoiceConfig voiceConfig, Instant createdAt, Instant updatedAt) {  }}
