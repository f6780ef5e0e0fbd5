package dev.wsconsole.server.agent;

import static dev.wsconsole.server.core.FieldRules.at;

import dev.wsconsole.model.wire.AgentDocument.Identity;
import dev.wsconsole.model.wire.AgentDocument.LanguageProviderEntry;
import dev.wsconsole.model.wire.AgentDocument.RelationshipToDeveloper;
import dev.wsconsole.model.wire.AgentDocument.VoiceConfig;
import dev.wsconsole.model.wire.AgentDocument;
import dev.wsconsole.server.core.FieldRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure checks of an agent version against the contract (name 1-256, initials up to 10, background up
 * to 10000, at most 200 behaviors and communication patterns of up to 2000 characters, TTS providers
 * from the enum, at most 10 language providers) and our own bounds where the contract has none
 * (identity texts up to 256, voice tuning numbers within 0-1); returns the document with defaults filled in.
 */
public final class AgentRules {
  public static final List<String> TTS_PROVIDERS = List.of("cartesia", "elevenlabs", "groq");
  private static final List<Object> BODY = List.of("body");

  private AgentRules() {}

  public static AgentDocument version(AgentDocument d) {
    String name = FieldRules.name(d.name(), at(BODY, "name"), 256);
    String initials = FieldRules.text(d.initials(), at(BODY, "initials"), 10);
    String background = FieldRules.text(d.background(), at(BODY, "background"), 10000);
    List<String> behaviors = FieldRules.strings(d.behaviors(), at(BODY, "behaviors"), 200, 2000, false);
    List<String> patterns = FieldRules.strings(d.communicationPatterns(), at(BODY, "communication_patterns"),
        200, 2000, false);
    return new AgentDocument(name, initials == null ? "" : initials,
        identity(FieldRules.required(d.identity(), at(BODY, "identity"))),
        d.voiceConfig() == null ? null : voice(d.voiceConfig(), at(BODY, "voice_config")),
        background == null ? "" : background, behaviors, patterns);
  }

  private static Identity identity(Identity i) {
    List<Object> loc = at(BODY, "identity");
    RelationshipToDeveloper r = i.relationshipToDeveloper();
    if (r != null) {
      List<Object> rl = at(loc, "relationship_to_developer");
      FieldRules.nonEmpty(r.ownership(), at(rl, "ownership"), 256);
      FieldRules.nonEmpty(r.type(), at(rl, "type"), 256);
      FieldRules.nonEmpty(r.conversationVisibility(), at(rl, "conversation_visibility"), 256);
      FieldRules.nonEmpty(r.thoughtVisibility(), at(rl, "thought_visibility"), 256);
    }
    return new Identity(FieldRules.nonEmpty(i.name(), at(loc, "name"), 256),
        FieldRules.nonEmpty(i.role(), at(loc, "role"), 256),
        FieldRules.nonEmpty(i.developedBy(), at(loc, "developed_by"), 256),
        FieldRules.nonEmpty(i.defaultSpokenLanguage(), at(loc, "default_spoken_language"), 64), r);
  }

  private static VoiceConfig voice(VoiceConfig v, List<Object> loc) {
    FieldRules.nonEmpty(v.voiceId(), at(loc, "voice_id"), 256);
    FieldRules.oneOf(v.ttsProvider(), at(loc, "tts_provider"), TTS_PROVIDERS);
    FieldRules.map(v.ttsConfig(), at(loc, "tts_config"), 50);
    return new VoiceConfig(v.voiceId(), languageProviders(v.languageProviders(), at(loc, "language_providers")),
        unit(v.similarityBoost(), at(loc, "similarity_boost")), unit(v.stability(), at(loc, "stability")),
        unit(v.style(), at(loc, "style")), v.ttsConfig(), v.ttsProvider());
  }

  /** At most 10 languages, each with a provider from the enum and at most 20 config entries (services reuse it). */
  public static Map<String, LanguageProviderEntry> languageProviders(Map<String, LanguageProviderEntry> m,
                                                                     List<Object> loc) {
    if (FieldRules.map(m, loc, 10) == null) {
      return null;
    }
    Map<String, LanguageProviderEntry> out = new LinkedHashMap<>();
    for (var e : m.entrySet()) {
      List<Object> el = at(loc, e.getKey());
      FieldRules.nonEmpty(e.getKey(), el, 35);
      LanguageProviderEntry entry = FieldRules.required(e.getValue(), el);
      FieldRules.required(entry.provider(), at(el, "provider"));
      FieldRules.oneOf(entry.provider(), at(el, "provider"), TTS_PROVIDERS);
      FieldRules.map(entry.config(), at(el, "config"), 20);
      out.put(e.getKey(), new LanguageProviderEntry(entry.provider(), entry.config() == null ? Map.of() : entry.config()));
    }
    return out;
  }

  private static double unit(Double value, List<Object> loc) {
    return value == null ? 0 : FieldRules.range(value, loc, 0, 1);
  }
}
