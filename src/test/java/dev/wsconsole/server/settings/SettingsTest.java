package dev.wsconsole.server.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Voice and security settings through the API: defaults, partial updates, resets with null, audit, isolation. */
@Tag("database")
class SettingsTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("settings");
  private static final Tenant north = tenants.workspace("settings-north", Environment.STAGING,
      "settings-owner@example.org").keys(Role.ADMIN);

  static TestApi.Answer put(UUID ws, String key, String section, Object body) {
    return tenants.api().call("PUT", "/v1/" + ws + "/settings/" + section, key, body);
  }

  static Map<String, Object> nulls(String... fields) {
    Map<String, Object> body = new HashMap<>();
    for (String f : fields) {
      body.put(f, null);
    }
    return body;
  }

  /** A workspace of its own, so tests that start from defaults do not see each other's changes. */
  static Object[] freshWorkspace(String slug, Environment environment) {
    UUID owner = tenants.api().user(slug + "@example.org");
    UUID ws = tenants.api().workspace(slug, environment, owner);
    return new Object[] {ws, tenants.api().key(ws, owner, Role.OWNER)};
  }

  @Test
  void anUntouchedWorkspaceReadsTheDefaults() {
    Object[] w = freshWorkspace("settings-defaults", Environment.DEVELOPMENT);
    JsonNode voice = tenants.api().get("/v1/" + w[0] + "/settings/voice", (String) w[1]).json();
    assertEquals("en", voice.get("language").asText());
    assertTrue(voice.get("post_call_analysis_enabled").asBoolean() && voice.get("transcript_correction_enabled")
        .asBoolean());
    assertTrue(voice.get("speed").isNull() && voice.get("tone").isNull() && voice.get("tts_provider").isNull());
    assertEquals(0, voice.get("keyterms").size());
    JsonNode security = tenants.api().get("/v1/" + w[0] + "/settings/security", (String) w[1]).json();
    assertFalse(security.get("voice_auth_enabled").asBoolean());
    assertEquals(SecuritySettings.DEFAULT_VOICE_AUTH_THRESHOLD, security.get("voice_auth_threshold").asDouble());
  }

  @Test
  void anOmittedFieldKeepsItsValueAndNullResetsItToTheDefault() {
    TestApi.Answer first = put(north.id(), north.adminKey(), "voice", Map.of("speed", 1.25, "tone", "calm",
        "language", "es-MX",
        "keyterms", List.of("metformin", "Dr. Ramirez"), "post_call_analysis_enabled", false));
    assertEquals(200, first.status(), first.text());
    JsonNode second = put(north.id(), north.adminKey(), "voice", Map.of("volume", 0.8)).json();
    assertEquals(1.25, second.get("speed").asDouble());
    assertEquals("calm", second.get("tone").asText());
    assertEquals("[\"metformin\",\"Dr. Ramirez\"]", second.get("keyterms").toString());
    assertEquals(0.8, second.get("volume").asDouble());
    JsonNode reset = put(north.id(), north.adminKey(), "voice", nulls("speed", "language", "keyterms",
        "post_call_analysis_enabled")).json();
    assertTrue(reset.get("speed").isNull(), reset.toString());
    assertEquals("en", reset.get("language").asText());
    assertEquals(0, reset.get("keyterms").size());
    assertTrue(reset.get("post_call_analysis_enabled").asBoolean());
    assertEquals("calm", reset.get("tone").asText());
    assertEquals(reset, tenants.api().get("/v1/" + north.id() + "/settings/voice", north.adminKey()).json(),
        "GET disagrees with PUT");
  }

  @Test
  void languageProvidersAndProviderConfigAreStoredAsGiven() {
    JsonNode v = put(north.id(), north.adminKey(), "voice", Map.of("tts_provider", "cartesia", "tts_config",
        Map.of("model", "sonic"),
        "language_providers", Map.of("es", Map.of("provider", "elevenlabs", "config", Map.of("voice", "x"))))).json();
    assertEquals("cartesia", v.get("tts_provider").asText());
    assertEquals("sonic", v.get("tts_config").get("model").asText());
    assertEquals("elevenlabs", v.get("language_providers").get("es").get("provider").asText());
  }

  @Test
  void theVoiceAuthThresholdIsSetAndResetNextToTheSwitch() {
    Object[] w = freshWorkspace("settings-security", Environment.STAGING);
    UUID ws = (UUID) w[0];
    JsonNode set = put(ws, (String) w[1], "security", Map.of("voice_auth_enabled", true,
        "voice_auth_threshold", 0.72)).json();
    assertTrue(set.get("voice_auth_enabled").asBoolean());
    assertEquals(0.72, set.get("voice_auth_threshold").asDouble());
    JsonNode reset = put(ws, (String) w[1], "security", nulls("voice_auth_threshold")).json();
    assertTrue(reset.get("voice_auth_enabled").asBoolean());
    assertEquals(SecuritySettings.DEFAULT_VOICE_AUTH_THRESHOLD, reset.get("voice_auth_threshold").asDouble());
  }

  @Test
  void oneWorkspacesSettingsNeverShowInAnother() {
    Object[] w = freshWorkspace("settings-other", Environment.STAGING);
    put(north.id(), north.adminKey(), "security", Map.of("voice_auth_enabled", true));
    assertEquals(200, put(north.id(), north.adminKey(), "voice", Map.of("tone", "serious")).status());
    assertFalse(tenants.api().get("/v1/" + w[0] + "/settings/security", (String) w[1]).json().get("voice_auth_enabled")
        .asBoolean());
    assertTrue(tenants.api().get("/v1/" + w[0] + "/settings/voice", (String) w[1]).json().get("tone").isNull());
  }

  @Test
  void everyWriteIsAuditedAndARefusedWriteLeavesNothing() {
    Object[] w = freshWorkspace("settings-audit", Environment.STAGING);
    UUID ws = (UUID) w[0];
    String key = (String) w[1];
    assertEquals(200, put(ws, key, "voice", Map.of("speed", 1.0)).status());
    assertEquals(200, put(ws, key, "security", Map.of("voice_auth_enabled", true)).status());
    assertEquals(200, put(ws, key, "retention", Map.of("phi_data_days", 3000)).status());
    assertEquals(422, put(ws, key, "voice", Map.of("speed", 1.1, "volume", 3)).status());
    assertEquals(1.0, tenants.api().get("/v1/" + ws + "/settings/voice", key).json().get("speed").asDouble(),
        "a refused update changed a field");
    List<String> actions = TestPhoneNumbers.auditActions(tenants.api(),
        ws).stream().filter(a -> a.startsWith("settings."))
        .toList();
    assertEquals(List.of("settings.voice.update", "settings.security.update", "settings.retention.update"), actions);
  }
}
