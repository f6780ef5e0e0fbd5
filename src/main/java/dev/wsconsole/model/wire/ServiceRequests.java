package dev.wsconsole.model.wire;

import dev.wsconsole.model.wire.AgentDocument.LanguageProviderEntry;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the service operations and their parts (contract names, snake_case on the wire). */
public final class ServiceRequests {
  private ServiceRequests() {}

  /** CreateServiceRequest; UpdateServiceRequest has the same fields, every one optional. */
  public record Fields(String name, String description, UUID agentId, UUID contextGraphId, String channelType,
                       String environment, EscalationPolicy escalationPolicy, Boolean isActive,
                       List<String> keyterms, UUID personaId, Boolean safetyFiltersEnabled, List<ServiceTag> tags,
                       Integer toolCapacity, Map<String, VersionSet> versionSets, ServiceVoiceConfig voiceConfig) {}

  /** Per-trigger escalation routing; an unset trigger keeps the platform's behaviour. */
  public record EscalationPolicy(EscalationAction contextWindowExhaustion, EscalationAction conversationMonitor,
                                 EscalationAction riskScorer) {}

  /** What to do on an escalation trigger: operator, forward or hangup. */
  public record EscalationAction(String type) {}

  /** A key with an optional value. */
  public record ServiceTag(String key, String value) {}

  /** Pins agent, context graph and LLM versions for a service. */
  public record VersionSet(Integer agentVersionNumber, Integer contextGraphVersionNumber,
                           Map<String, LlmConfig> llmModelPreferences) {
    public VersionSet {
      llmModelPreferences = llmModelPreferences == null ? Map.of() : llmModelPreferences;
    }
  }

  /** One LLM preference. */
  public record LlmConfig(String llmName, Map<String, Object> params) {
    public LlmConfig {
      params = params == null ? Map.of() : params;
    }
  }

  /** Per-service voice pipeline tuning; null fields inherit from the workspace. */
  public record ServiceVoiceConfig(Integer backchannelDelayMs, Double bargeInCooldownS, Double bargeInMinSpeechS,
                                   Double eagerEotThreshold, Integer empathyHoldMs, Integer eotTimeoutMs,
                                   Integer fillerCooldownMs, String fillerStyle, List<String> fillerVocabulary,
                                   Boolean forwardCallEnabled, Map<String, LanguageProviderEntry> languageProviders,
                                   Integer maxBufferDelayMs, Integer maxResponseSentences, Integer maxResponseWords,
                                   Double minTtsSpeed, Integer postEotPauseMs, Integer progressIntervalMs,
                                   List<String> progressVocabulary, Integer transitionDeadlineMs,
                                   Map<String, Object> ttsConfig, String ttsModel, String ttsProvider) {
    public ServiceVoiceConfig {
      backchannelDelayMs = backchannelDelayMs == null ? 400 : backchannelDelayMs;
      fillerStyle = fillerStyle == null ? "backchannel" : fillerStyle;
      forwardCallEnabled = forwardCallEnabled != null && forwardCallEnabled;
    }
  }
}
