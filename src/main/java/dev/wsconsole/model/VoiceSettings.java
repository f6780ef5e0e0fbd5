package dev.wsconsole.model;

import java.util.List;
import java.util.Map;

/** How a workspace's agents sound and what they listen for (the platform's VoiceSettingsResponse). */
public record VoiceSettings(String voiceId, String tone, Double speed, Double volume, String language,
                           List<String> keyterms, List<String> correctionCategories, String pronunciationDictId,
                           List<String> sensitiveTopics, boolean postCallAnalysisEnabled,
                           boolean transcriptCorrectionEnabled, String ttsProvider, Map<String, Object> ttsConfig,
                           Map<String, LanguageProvider> languageProviders) {

  /** The speech provider for one language (the platform's LanguageProviderEntry). */
  public record LanguageProvider(String provider, Map<String, Object> config) {}
}
