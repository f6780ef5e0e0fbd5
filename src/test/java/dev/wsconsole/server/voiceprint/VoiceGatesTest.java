package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both voice gates over HTTP: the console's environment switch and the workspace's voice_auth_enabled. */
@Tag("database")
class VoiceGatesTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("voice_gates");
  private static final Tenant ws = tenants.workspace("voice-gates", Environment.STAGING,
      "owner-voice-gates@example.org").keys(Role.OWNER);

  private static VoiceApiClient owner;

  @BeforeAll
  static void ownerClient() {
    owner = new VoiceApiClient(tenants.api(), ws.id(), ws.ownerKey());
  }

  @Test
  void voiceSignInIsOffByDefault() {
    JsonNode policy = owner.policy().json();
    assertFalse(policy.get("enabled").asBoolean());
    assertEquals(VoicePolicy.ENVIRONMENT_OFF, policy.get("reason").asText());
  }

  @Test
  void theEnvironmentSwitchAloneIsNotEnough() {
    tenants.api().backend.voice().environmentSwitch.set(true, "test");
    VoiceFixtures.setWorkspaceVoice(tenants.api(), ws.id(), false);
    try {
      JsonNode policy = owner.policy().json();
      assertFalse(policy.get("enabled").asBoolean());
      assertEquals(VoicePolicy.WORKSPACE_OFF, policy.get("reason").asText());
      TestApi.Answer enrol = owner.enrolSpeakerA();
      assertEquals(409, enrol.status(), enrol.text());
      assertEquals(VoicePolicy.WORKSPACE_OFF, enrol.json().get("reason").asText());
      assertEquals(409, owner.challenge().status());
    } finally {
      tenants.api().backend.voice().environmentSwitch.set(false, "test");
    }
  }

  @Test
  void theWorkspaceSettingAloneIsNotEnough() {
    tenants.api().backend.voice().environmentSwitch.set(false, "test");
    VoiceFixtures.setWorkspaceVoice(tenants.api(), ws.id(), true);
    try {
      TestApi.Answer enrol = owner.enrolSpeakerA();
      assertEquals(409, enrol.status(), enrol.text());
      assertEquals(VoicePolicy.ENVIRONMENT_OFF, enrol.json().get("reason").asText());
      assertTrue(enrol.json().get("detail").asText().contains("WSC_VOICE_AUTH"));
      TestApi.Answer verify = owner.verifyWith(UUID.randomUUID(), dev.wsconsole.voice.Fixtures.wav("a_pass.wav"));
      assertEquals(409, verify.status(), verify.text());
      assertTrue(tenants.api().auditTrail(ws.id()).stream().anyMatch(l -> l.startsWith("voiceprint.verify:denied")),
          "a refused attempt is audited too");
    } finally {
      VoiceFixtures.setWorkspaceVoice(tenants.api(), ws.id(), false);
    }
  }

  @Test
  void bothGatesOnEnableVoiceWithTheWorkspaceThreshold() {
    VoiceFixtures.enableVoice(tenants.api(), ws.id());
    try {
      tenants.api().call("PUT", "/v1/" + ws.id() + "/settings/security", owner.key, Map.of("voice_auth_threshold",
          0.7));
      JsonNode policy = owner.policy().json();
      assertTrue(policy.get("enabled").asBoolean(), policy.toString());
      assertTrue(policy.get("reason").isNull());
      assertEquals(0.7, policy.get("threshold").asDouble(), 1e-9);
      assertEquals(201, owner.challenge().status());
    } finally {
      tenants.api().backend.voice().environmentSwitch.set(false, "test");
      VoiceFixtures.setWorkspaceVoice(tenants.api(), ws.id(), false);
    }
  }

  @Test
  void statusDeletionAndSkipsWorkWhateverTheGates() {
    assertEquals(200, owner.status("me").status());
    assertEquals(404, owner.delete("me").status());
    String session = tenants.api().signIn("owner-voice-gates@example.org");
    TestApi.Answer skip = tenants.api().post(owner.base() + "/skip", session, Map.of("reason", "server_failure"));
    assertEquals(200, skip.status(), skip.text());
    assertTrue(tenants.api().auditTrail(ws.id()).stream().anyMatch(l -> l.startsWith("voiceprint.skip:allowed")));
  }
}
