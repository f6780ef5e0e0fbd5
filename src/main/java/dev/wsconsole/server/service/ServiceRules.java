package dev.wsconsole.server.service;

import static dev.wsconsole.server.core.FieldRules.at;

import dev.wsconsole.model.wire.ServiceRequests.EscalationAction;
import dev.wsconsole.model.wire.ServiceRequests.EscalationPolicy;
import dev.wsconsole.model.wire.ServiceRequests.LlmConfig;
import dev.wsconsole.model.wire.ServiceRequests.ServiceTag;
import dev.wsconsole.model.wire.ServiceRequests.ServiceVoiceConfig;
import dev.wsconsole.model.wire.ServiceRequests.VersionSet;
import dev.wsconsole.server.agent.AgentRules;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure checks of a service's settings: the contract's limits (name 1-256, description up to 2000,
 * channel type, environment, at most 500 keyterms of 1-128 characters, at most 50 tags, tool capacity
 * 1-10, escalation actions) and ours where it has none (tag keys 1-128 and unique, values up to 256,
 * at most 20 version sets with version numbers of at least 1). References are checked by the store.
 */
public final class ServiceRules {
  public static final List<String> CHANNEL_TYPES = List.of("voice", "text", "scribe");
  public static final List<String> ENVIRONMENTS = List.of("sandbox", "production");
  public static final List<String> ESCALATION_ACTIONS = List.of("operator", "forward", "hangup");
  private static final List<Object> BODY = List.of("body");

  private ServiceRules() {}

  /** The checked draft, its name trimmed. */
  public static ServiceDraft check(ServiceDraft d) {
    String name = FieldRules.name(d.name(), at(BODY, "name"), 256);
    FieldRules.text(d.description(), at(BODY, "description"), 2000);
    FieldRules.required(d.agentId(), at(BODY, "agent_id"));
    FieldRules.required(d.contextGraphId(), at(BODY, "context_graph_id"));
    FieldRules.oneOf(d.channelType(), at(BODY, "channel_type"), CHANNEL_TYPES);
    FieldRules.oneOf(d.environment(), at(BODY, "environment"), ENVIRONMENTS);
    FieldRules.strings(d.keyterms(), at(BODY, "keyterms"), 500, 128, true);
    FieldRules.range(d.toolCapacity(), at(BODY, "tool_capacity"), 1, 10);
    tags(d.tags());
    escalation(d.escalationPolicy());
    versionSets(d.versionSets());
    if (d.voiceConfig() != null) {
      VoiceConfigRules.check(d.voiceConfig(), at(BODY, "voice_config"));
    }
    return new ServiceDraft(name, d.description(), d.agentId(), d.contextGraphId(), d.channelType(),
        d.environment(), d.escalationPolicy(), d.isActive(), d.keyterms(), d.safetyFiltersEnabled(), d.tags(),
        d.toolCapacity(), d.versionSets(), d.voiceConfig());
  }

  private static void tags(List<ServiceTag> tags) {
    List<Object> loc = at(BODY, "tags");
    FieldRules.list(tags, loc, 50);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < tags.size(); i++) {
      ServiceTag t = FieldRules.required(tags.get(i), at(loc, i));
      FieldRules.nonEmpty(t.key(), at(loc, i, "key"), 128);
      FieldRules.text(t.value(), at(loc, i, "value"), 256);
      if (!keys.add(t.key())) {
        throw DomainException.invalid(at(loc, i, "key"), "Tag key '" + t.key() + "' appears twice", "value_error");
      }
    }
  }

  private static void escalation(EscalationPolicy p) {
    if (p == null) {
      return;
    }
    List<Object> loc = at(BODY, "escalation_policy");
    action(p.contextWindowExhaustion(), at(loc, "context_window_exhaustion"));
    action(p.conversationMonitor(), at(loc, "conversation_monitor"));
    action(p.riskScorer(), at(loc, "risk_scorer"));
  }

  private static void action(EscalationAction a, List<Object> loc) {
    if (a != null) {
      FieldRules.required(a.type(), at(loc, "type"));
      FieldRules.oneOf(a.type(), at(loc, "type"), ESCALATION_ACTIONS);
    }
  }

  private static void versionSets(Map<String, VersionSet> sets) {
    List<Object> loc = at(BODY, "version_sets");
    FieldRules.map(sets, loc, 20);
    for (var e : sets.entrySet()) {
      List<Object> sl = at(loc, e.getKey());
      FieldRules.nonEmpty(e.getKey(), sl, 64);
      VersionSet v = FieldRules.required(e.getValue(), sl);
      FieldRules.range(v.agentVersionNumber(), at(sl, "agent_version_number"), 1, Integer.MAX_VALUE);
      FieldRules.range(v.contextGraphVersionNumber(), at(sl, "context_graph_version_number"), 1, Integer.MAX_VALUE);
      FieldRules.map(v.llmModelPreferences(), at(sl, "llm_model_preferences"), 20);
      for (var p : v.llmModelPreferences().entrySet()) {
        List<Object> pl = at(sl, "llm_model_preferences", p.getKey());
        LlmConfig c = FieldRules.required(p.getValue(), pl);
        FieldRules.nonEmpty(c.llmName(), at(pl, "llm_name"), 256);
        FieldRules.map(c.params(), at(pl, "params"), 50);
      }
    }
  }

  /** Checks of the per-service voice tuning (part of {@link ServiceRules}). */
  static final class VoiceConfigRules {
    private VoiceConfigRules() {}

    static void check(ServiceVoiceConfig v, List<Object> loc) {
      ms(v.backchannelDelayMs(), loc, "backchannel_delay_ms");
      ms(v.empathyHoldMs(), loc, "empathy_hold_ms");
      ms(v.eotTimeoutMs(), loc, "eot_timeout_ms");
      ms(v.fillerCooldownMs(), loc, "filler_cooldown_ms");
      ms(v.maxBufferDelayMs(), loc, "max_buffer_delay_ms");
      ms(v.postEotPauseMs(), loc, "post_eot_pause_ms");
      ms(v.progressIntervalMs(), loc, "progress_interval_ms");
      ms(v.transitionDeadlineMs(), loc, "transition_deadline_ms");
      FieldRules.range(v.bargeInCooldownS(), at(loc, "barge_in_cooldown_s"), 0, 10);
      FieldRules.range(v.bargeInMinSpeechS(), at(loc, "barge_in_min_speech_s"), 0, 10);
      FieldRules.range(v.eagerEotThreshold(), at(loc, "eager_eot_threshold"), 0, 1);
      FieldRules.range(v.minTtsSpeed(), at(loc, "min_tts_speed"), 0.5, 2);
      FieldRules.range(v.maxResponseSentences(), at(loc, "max_response_sentences"), 1, 50);
      FieldRules.range(v.maxResponseWords(), at(loc, "max_response_words"), 1, 1000);
      FieldRules.oneOf(v.fillerStyle(), at(loc, "filler_style"), List.of("backchannel", "phrase", "silent"));
      FieldRules.oneOf(v.ttsModel(), at(loc, "tts_model"), List.of("sonic-turbo", "sonic-3"));
      FieldRules.oneOf(v.ttsProvider(), at(loc, "tts_provider"), AgentRules.TTS_PROVIDERS);
      FieldRules.strings(v.fillerVocabulary(), at(loc, "filler_vocabulary"), 50, 200, true);
      FieldRules.strings(v.progressVocabulary(), at(loc, "progress_vocabulary"), 50, 200, true);
      FieldRules.map(v.ttsConfig(), at(loc, "tts_config"), 50);
      AgentRules.languageProviders(v.languageProviders(), at(loc, "language_providers"));
    }

    /** Every millisecond setting: 0 to 60 s. */
    private static void ms(Integer value, List<Object> loc, String field) {
      FieldRules.range(value, at(loc, field), 0, 60000);
    }
  }
}
