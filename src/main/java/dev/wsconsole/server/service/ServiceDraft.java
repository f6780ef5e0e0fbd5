package dev.wsconsole.server.service;

import dev.wsconsole.model.wire.ServiceRequests.EscalationPolicy;
import dev.wsconsole.model.wire.ServiceRequests.Fields;
import dev.wsconsole.model.wire.ServiceRequests.ServiceTag;
import dev.wsconsole.model.wire.ServiceRequests.ServiceVoiceConfig;
import dev.wsconsole.model.wire.ServiceRequests.VersionSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A service's complete settings as stored: a create request with defaults, or a stored service with an update applied. */
public record ServiceDraft(String name, String description, UUID agentId, UUID contextGraphId, String channelType,
                           String environment, EscalationPolicy escalationPolicy, boolean isActive,
                           List<String> keyterms, boolean safetyFiltersEnabled, List<ServiceTag> tags,
                           int toolCapacity, Map<String, VersionSet> versionSets, ServiceVoiceConfig voiceConfig) {

  /** A create request with the contract's defaults. */
  public static ServiceDraft create(Fields f) {
    return new ServiceDraft(f.name(), f.description() == null ? "" : f.description(), f.agentId(),
        f.contextGraphId(), f.channelType() == null ? "voice" : f.channelType(),
        f.environment() == null ? "production" : f.environment(), f.escalationPolicy(),
        f.isActive() == null || f.isActive(), f.keyterms() == null ? List.of() : f.keyterms(),
        f.safetyFiltersEnabled() == null || f.safetyFiltersEnabled(), f.tags() == null ? List.of() : f.tags(),
        f.toolCapacity() == null ? 3 : f.toolCapacity(), f.versionSets() == null ? Map.of() : f.versionSets(),
        f.voiceConfig());
  }

  /** This draft with every non-null field of {@code u} applied (null leaves a field as it is). */
  public ServiceDraft with(Fields u) {
    return new ServiceDraft(u.name() != null ? u.name() : name, or(u.description(), description),
        or(u.agentId(), agentId), or(u.contextGraphId(), contextGraphId), or(u.channelType(), channelType),
        or(u.environment(), environment), or(u.escalationPolicy(), escalationPolicy), or(u.isActive(), isActive),
        or(u.keyterms(), keyterms), or(u.safetyFiltersEnabled(), safetyFiltersEnabled), or(u.tags(), tags),
        or(u.toolCapacity(), toolCapacity), or(u.versionSets(), versionSets), or(u.voiceConfig(), voiceConfig));
  }

  private static <T> T or(T given, T current) {
    return given != null ? given : current;
  }
}
