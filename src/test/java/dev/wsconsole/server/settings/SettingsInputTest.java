package dev.wsconsole.server.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input to the settings routes: 422s for ranges, enums, lengths, list sizes, types and unknown fields. */
@Tag("database")
class SettingsInputTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("settings_input");
  private static final Tenant ws = tenants.workspace("settings-input", Environment.STAGING,
      "settings-input@example.org").keys(Role.ADMIN);

  private static void assertInvalid(String section, Object body, String type, Object... loc) {
    TestApi.Answer a = tenants.api().call("PUT", "/v1/" + ws.id() + "/settings/" + section, ws.adminKey(), body);
    assertEquals(422, a.status(), a.text());
    JsonNode error = a.json().get("detail").get(0);
    assertEquals(type, error.get("type").asText(), a.text());
    assertEquals(List.of(loc).toString().replace(" ", ""), error.get("loc").toString().replace("\"", ""), a.text());
  }

  @Test
  void voiceNumbersOutOfRangeAreRefused() {
    assertInvalid("voice", Map.of("speed", 2.5), "less_than_equal", "body", "speed");
    assertInvalid("voice", Map.of("speed", 0.4), "greater_than_equal", "body", "speed");
    assertInvalid("voice", Map.of("volume", -0.1), "greater_than_equal", "body", "volume");
    assertInvalid("voice", Map.of("volume", 1.01), "less_than_equal", "body", "volume");
  }

  @Test
  void voiceEnumsAndLanguageTagsAreChecked() {
    assertInvalid("voice", Map.of("tone", "angry"), "enum", "body", "tone");
    assertInvalid("voice", Map.of("tts_provider", "azure"), "enum", "body", "tts_provider");
    assertInvalid("voice", Map.of("language", "english please"), "value_error", "body", "language");
    assertInvalid("voice", Map.of("language_providers", Map.of("es", Map.of("provider", "polly"))), "enum",
        "body", "language_providers", "es", "provider");
    assertInvalid("voice", Map.of("language_providers", Map.of("es", Map.of("config", Map.of()))), "missing",
        "body", "language_providers", "es", "provider");
  }

  @Test
  void voiceListsAndStringsHaveTheContractsLimits() {
    assertInvalid("voice", Map.of("keyterms", Collections.nCopies(201, "term")), "too_long", "body", "keyterms");
    assertInvalid("voice", Map.of("keyterms", List.of("ok", "x".repeat(129))), "string_too_long", "body", "keyterms", 1);
    assertInvalid("voice", Map.of("keyterms", List.of("")), "string_too_short", "body", "keyterms", 0);
    assertInvalid("voice", Map.of("correction_categories", Collections.nCopies(51, "c")), "too_long", "body",
        "correction_categories");
    assertInvalid("voice", Map.of("sensitive_topics", Collections.nCopies(51, "t")), "too_long", "body",
        "sensitive_topics");
    assertInvalid("voice", Map.of("voice_id", "v".repeat(129)), "string_too_long", "body", "voice_id");
    assertInvalid("voice", Map.of("language", "en-" + "a".repeat(30)), "string_too_long", "body", "language");
    Map<String, Object> bigConfig = new java.util.HashMap<>();
    for (int i = 0; i < 21; i++) {
      bigConfig.put("k" + i, i);
    }
    assertInvalid("voice", Map.of("language_providers", Map.of("es", Map.of("provider", "groq", "config", bigConfig))),
        "too_long", "body", "language_providers", "es", "config");
  }

  @Test
  void unknownFieldsAndWrongTypesAreRefusedInEverySection() {
    assertInvalid("voice", Map.of("emotion_detection", true), "extra_forbidden", "body", "emotion_detection");
    assertInvalid("security", Map.of("mfa_required", true), "extra_forbidden", "body", "mfa_required");
    assertInvalid("retention", Map.of("backups_days", 400), "extra_forbidden", "body", "backups_days");
    assertInvalid("voice", Map.of("speed", "fast"), "float_type", "body", "speed");
    assertInvalid("security", Map.of("voice_auth_enabled", "yes"), "bool_type", "body", "voice_auth_enabled");
    assertInvalid("retention", Map.of("audit_log_days", 400.5), "int_type", "body", "audit_log_days");
    assertInvalid("voice", "[]", "model_type", "body");
    assertInvalid("voice", "{\"speed\": ", "json_invalid", "body", 0);
  }

  @Test
  void theVoiceAuthThresholdStaysInItsCalibratedRange() {
    assertInvalid("security", Map.of("voice_auth_threshold", 1.5), "less_than_equal", "body", "voice_auth_threshold");
    assertInvalid("security", Map.of("voice_auth_threshold", -0.01), "greater_than_equal", "body",
        "voice_auth_threshold");
    assertTrue(tenants.api().get("/v1/" + ws.id() + "/settings/security",
        ws.adminKey()).json().get("voice_auth_threshold").isNumber());
  }
}
