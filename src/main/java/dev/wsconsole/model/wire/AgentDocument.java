package dev.wsconsole.model.wire;

import java.util.List;
import java.util.Map;

/** The body of an agent version (CreateAgentVersionRequest) and its parts, as sent and as stored. */
public record AgentDocument(String name, String initials, Identity identity, VoiceConfig voiceConfig,
                            String background, List<String> behaviors, List<String> communicationPatterns) {

  /** Who the agent is. */
  public record Identity(String name, String role, String developedBy, String defaultSpokenLanguage,
                         RelationshipToDeveloper relationshipToDeveloper) {}

  /** How the agent relates to the people who built it. */
  public record RelationshipToDeveloper(String ownership, String type, String conversationVisibility,
                                        String thoughtVisibility) {}

  /** The agent's voice. */
  public record VoiceConfig(String voiceId, Map<String, LanguageProviderEntry> languageProviders,
                            Double similarityBoost, Double stability, Double style, Map<String, Object> ttsConfig,
                            String ttsProvider) {}

  /** The text-to-speech provider for one language. */
  public record LanguageProviderEntry(String provider, Map<String, Object> config) {}
}
