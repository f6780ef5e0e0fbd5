package dev.wsconsole.server.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.VoiceSettings.LanguageProvider;
import dev.wsconsole.model.VoiceSettings;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Pure rules of the voice section: the contract's fields, lengths, ranges and enums, and the defaults. */
public final class VoiceSettingsRules {
  /** The emotional baselines the platform documents for {@code tone}. */
  public static final List<String> TONES = List.of("calm", "sympathetic", "enthusiastic", "content", "curious",
      "cheerful", "serious", "friendly");
  public static final List<String> TTS_PROVIDERS = List.of("cartesia", "elevenlabs", "groq");
  public static final String DEFAULT_LANGUAGE = "en";
  /** Our bound on free-form provider configuration (the contract leaves it open): 8 KiB of JSON. */
  public static final int MAX_CONFIG_CHARS = 8192;
  /** Our bound on language_providers entries. */
  public static final int MAX_LANGUAGES = 50;
  private static final Set<String> PROVIDER_ENTRY_FIELDS = Set.of("provider", "config");
  private static final Pattern BCP47 = Pattern.compile("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private VoiceSettingsRules() {}

  /** Validates a VoiceSettingsRequest and applies it to the stored fields (null resets to the default). */
  public static void apply(BodyFields in, ObjectNode stored) {
    SettingsFields.put(in, stored, "voice_id", in.string("voice_id", 0, 128));
    SettingsFields.put(in, stored, "tone", in.oneOf("tone", TONES));
    SettingsFields.put(in, stored, "speed", in.number("speed", 0.5, 2.0));
    SettingsFields.put(in, stored, "volume", in.number("volume", 0.0, 1.0));
    SettingsFields.put(in, stored, "language", language(in, "language"));
    SettingsFields.put(in, stored, "keyterms", in.strings("keyterms", 200, 1, 128));
    SettingsFields.put(in, stored, "correction_categories", in.strings("correction_categories", 50, 1, 128));
    SettingsFields.put(in, stored, "pronunciation_dict_id", in.string("pronunciation_dict_id", 0, 128));
    SettingsFields.put(in, stored, "sensitive_topics", in.strings("sensitive_topics", 50, 1, 128));
    SettingsFields.put(in, stored, "post_call_analysis_enabled", in.bool("post_call_analysis_enabled"));
    SettingsFields.put(in, stored, "transcript_correction_enabled", in.bool("transcript_correction_enabled"));
    SettingsFields.put(in, stored, "tts_provider", in.oneOf("tts_provider", TTS_PROVIDERS));
    SettingsFields.put(in, stored, "tts_config", config(in.loc("tts_config"), in.anyObject("tts_config"), 1000));
    SettingsFields.put(in, stored, "language_providers", languageProviders(in));
  }

  public static VoiceSettings effective(ObjectNode s) {
    return new VoiceSettings(text(s, "voice_id"), text(s, "tone"), number(s, "speed"), number(s, "volume"),
        s.path("language").asText(DEFAULT_LANGUAGE), list(s, "keyterms"), list(s, "correction_categories"),
        text(s, "pronunciation_dict_id"), list(s, "sensitive_topics"),
        s.path("post_call_analysis_enabled").asBoolean(true), s.path("transcript_correction_enabled").asBoolean(true),
        text(s, "tts_provider"), map(s.get("tts_config")), providers(s.get("language_providers")));
  }

  private static String language(BodyFields in, String field) {
    String tag = in.string(field, 0, 32);
    if (tag != null && !BCP47.matcher(tag).matches()) {
      throw DomainException.invalid(in.loc(field), "Language must be a BCP-47 tag such as 'en' or 'es-MX'",
          "value_error");
    }
    return tag;
  }

  private static ObjectNode config(List<Object> loc, ObjectNode config, int maxProperties) {
    if (config == null) {
      return null;
    }
    if (config.size() > maxProperties) {
      throw DomainException.invalid(loc, "Dictionary should have at most " + maxProperties + " items", "too_long");
    }
    if (config.toString().length() > MAX_CONFIG_CHARS) {
      throw DomainException.invalid(loc, "Configuration should be at most " + MAX_CONFIG_CHARS
          + " characters of JSON", "too_long");
    }
    return config;
  }

  private static ObjectNode languageProviders(BodyFields in) {
    ObjectNode given = in.anyObject("language_providers");
    if (given == null) {
      return null;
    }
    if (given.size() > MAX_LANGUAGES) {
      throw DomainException.invalid(in.loc("language_providers"), "Dictionary should have at most " + MAX_LANGUAGES
          + " items", "too_long");
    }
    BodyFields entries = in.object("language_providers", Set.copyOf(iterable(given)));
    ObjectNode out = JSON.createObjectNode();
    for (String tag : entries.names()) {
      if (tag.length() > 32 || !BCP47.matcher(tag).matches()) {
        throw DomainException.invalid(entries.loc(tag), "Keys must be BCP-47 language tags such as 'en'", "value_error");
      }
      BodyFields entry = entries.object(tag, PROVIDER_ENTRY_FIELDS);
      if (entry == null) {
        throw DomainException.invalid(entries.loc(tag), "Input should be a valid dictionary or object", "model_type");
      }
      String provider = entry.oneOf("provider", TTS_PROVIDERS);
      if (provider == null) {
        throw DomainException.invalid(entry.loc("provider"), "Field required", "missing");
      }
      ObjectNode config = config(entry.loc("config"), entry.anyObject("config"), 20);
      ObjectNode value = out.putObject(tag).put("provider", provider);
      value.set("config", config == null ? JSON.createObjectNode() : config);
    }
    return out;
  }

  private static List<String> iterable(ObjectNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String text(ObjectNode s, String field) {
    JsonNode v = s.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double number(ObjectNode s, String field) {
    JsonNode v = s.get(field);
    return v == null || !v.isNumber() ? null : v.doubleValue();
  }

  private static List<String> list(ObjectNode s, String field) {
    List<String> out = new java.util.ArrayList<>();
    s.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(JsonNode v) {
    return v == null || !v.isObject() ? null : JSON.convertValue(v, LinkedHashMap.class);
  }

  private static Map<String, LanguageProvider> providers(JsonNode v) {
    if (v == null || !v.isObject()) {
      return null;
    }
    Map<String, LanguageProvider> out = new LinkedHashMap<>();
    v.fields().forEachRemaining(e -> out.put(e.getKey(),
        new LanguageProvider(e.getValue().path("provider").asText(), map(e.getValue().get("config")))));
    return out;
  }
}
