package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The voice step enforced by the server (issue 14 point 9): with both gates on, a sign-in session is
 * voice_pending in a workspace until it verifies or records a skip with a reason; a failed verification
 * closes the workspace to it; skips are the session's own, rate-limited and audited; API keys are unaffected.
 */
@Tag("database")
class VoiceStepEnforcementTest {
  private static TestApi api;
  private UUID ws;
  private UUID owner;
  private String ownerKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("voice_step");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /** A fresh workspace with both gates on (alone in it, a speaker's cohort is not skewed by others). */
  @BeforeEach
  void voiceGatedWorkspace() {
    String slug = "step-" + UUID.randomUUID().toString().substring(0, 8);
    owner = api.user("owner-" + slug + "@example.org");
    ws = api.workspace(slug, Environment.STAGING, owner);
    ownerKey = api.key(ws, owner, Role.OWNER);
    VoiceFixtures.enableVoice(api, ws);
  }

  @AfterEach
  void environmentSwitchOff() {
    api.backend.voice().environmentSwitch.set(false, "test");
  }

  @Test
  void aPendingSessionReadsNoWorkspaceDataUntilItsVoiceIsVerified() {
    String email = member("speaker", true);
    VoiceApiClient session = new VoiceApiClient(api, ws, api.signIn(email));
    assertVoiceRequired(api.get(data(), session.key));
    String ownerSession = api.signIn(api.backend.users().byId(owner).orElseThrow().email());
    assertVoiceRequired(api.call("PUT", "/v1/" + ws + "/settings/security", ownerSession,
        Map.of("voice_auth_enabled", false)));
    assertEquals(200, session.policy().status(), "the voice step's own routes stay reachable");
    assertEquals(200, session.status("me").status());
    assertVoiceRequired(session.status(VoiceprintRules.personEntity(ws, owner).toString()));
    TestApi.Answer verified = session.verify("a_pass.wav");
    assertTrue(verified.json().get("verified").asBoolean(), verified.text());
    assertEquals(200, api.get(data(), session.key).status(), "verified: the workspace opens");
  }

  @Test
  void aFailedVerificationClosesTheWorkspaceToTheSessionAndCountsTowardTheLimit() {
    String email = member("impostor", true);
    VoiceApiClient session = new VoiceApiClient(api, ws, api.signIn(email));
    TestApi.Answer failed = session.verify("b_pass.wav");
    assertEquals(200, failed.status(), failed.text());
    assertFalse(failed.json().get("verified").asBoolean());
    assertTrue(failed.json().get("message").asText().contains("sign in again"), failed.text());
    assertVoiceFailed(api.get(data(), session.key));
    assertVoiceFailed(session.challenge());
    UUID live = VoiceFixtures.challenge(api, ws, userOf(email));
    assertVoiceFailed(session.verifyWith(live, Fixtures.wav("a_pass.wav")));
    assertVoiceFailed(api.post(session.base() + "/skip", session.key, Map.of("reason", "no_device")));
    assertTrue(api.auditTrail(ws).stream().anyMatch(l -> l.startsWith("voiceprint.step_failed:denied")));

    VoiceApiClient again = new VoiceApiClient(api, ws, api.signIn(email));
    assertVoiceRequired(api.get(data(), again.key));
    // The failure took one of the five verification attempts per user: four more reach the challenge check...
    for (int i = 0; i < RateLimitRules.VERIFY.perUser() - 1; i++) {
      assertEquals(409, again.verifyWith(UUID.randomUUID(), Fixtures.wav("a_pass.wav")).status());
    }
    // ...and the next is throttled.
    TestApi.Answer throttled = again.verifyWith(UUID.randomUUID(), Fixtures.wav("a_pass.wav"));
    assertEquals(429, throttled.status(), throttled.text());
    assertNotNull(throttled.header("Retry-After"));
  }

  @Test
  void aSkipWithAReasonOpensTheWorkspaceToThatSessionOnlyAndOwnersSeeIt() {
    String email = member("nomic", false);
    String first = api.signIn(email);
    String second = api.signIn(email);
    TestApi.Answer skip = api.post(skipPath(), first, Map.of("reason", "no_device", "detail", "no capture line"));
    assertEquals(200, skip.status(), skip.text());
    assertEquals(200, api.get(data(), first).status());
    assertVoiceRequired(api.get(data(), second));

    TestApi.Answer listed = api.get("/v1/" + ws + "/audit?action=voiceprint.skip", ownerKey);
    assertEquals(200, listed.status(), listed.text());
    JsonNode events = listed.json().get("events");
    assertEquals(1, events.size(), listed.text());
    JsonNode event = events.get(0);
    assertEquals(userOf(email).toString(), event.get("actor_entity_id").asText());
    assertTrue(event.get("metadata").toString().contains("no_device"), event.toString());
    assertTrue(event.get("metadata").toString().contains("no capture line"), event.toString());
  }

  @Test
  void aPendingSessionMayEnrolAFirstVoiceprintButNotReplaceOne() {
    VoiceApiClient newcomer = new VoiceApiClient(api, ws, api.signIn(member("newcomer", false)));
    TestApi.Answer first = newcomer.enrolSpeakerA();
    assertEquals(201, first.status(), first.text());
    assertVoiceRequired(newcomer.enrolSpeakerA());
    VoiceApiClient enrolled = new VoiceApiClient(api, ws, api.signIn(member("swapper", true)));
    assertVoiceRequired(enrolled.enrol("me", "b_pass.wav"));
    assertVoiceRequired(enrolled.delete("me"));
  }

  @Test
  void aSkipNeedsAReason() {
    String session = api.signIn(member("mute", false));
    TestApi.Answer missing = api.post(skipPath(), session, Map.of("detail", "no reason given"));
    assertEquals(422, missing.status(), missing.text());
    TestApi.Answer unknown = api.post(skipPath(), session, Map.of("reason", "felt_like_it"));
    assertEquals(422, unknown.status(), unknown.text());
    assertVoiceRequired(api.get(data(), session));
  }

  @Test
  void anEnrolledUserCannotSkipAsNotEnrolled() {
    String session = api.signIn(member("enrolled", true));
    TestApi.Answer skip = api.post(skipPath(), session, Map.of("reason", "not_enrolled"));
    assertEquals(409, skip.status(), skip.text());
    assertVoiceRequired(api.get(data(), session));
  }

  @Test
  void skipsAreRateLimitedPerUser() {
    String email = member("skipper", false);
    for (int i = 0; i < RateLimitRules.SKIP.perUser(); i++) {
      assertEquals(200, api.post(skipPath(), api.signIn(email), Map.of("reason", "pipeline_error")).status());
    }
    String session = api.signIn(email);
    TestApi.Answer throttled = api.post(skipPath(), session, Map.of("reason", "pipeline_error"));
    assertEquals(429, throttled.status(), throttled.text());
    assertTrue(Long.parseLong(throttled.header("Retry-After")) > 0);
    assertVoiceRequired(api.get(data(), session));
  }

  @Test
  void apiKeysHaveNoVoiceStep() {
    UUID user = userOf(member("scripted", false));
    String key = api.key(ws, user, Role.MEMBER);
    assertEquals(200, api.get(data(), key).status());
    TestApi.Answer skip = api.post(skipPath(), key, Map.of("reason", "no_device"));
    assertEquals(403, skip.status(), "a key has no step to skip: " + skip.text());
  }

  @Test
  void withEitherGateOffNoSessionIsPending() {
    String email = member("ungated", false);
    VoiceFixtures.setWorkspaceVoice(api, ws, false);
    assertEquals(200, api.get(data(), api.signIn(email)).status());
    VoiceFixtures.setWorkspaceVoice(api, ws, true);
    api.backend.voice().environmentSwitch.set(false, "test");
    assertEquals(200, api.get(data(), api.signIn(email)).status());
  }

  @Test
  void aSessionPendingInTheTargetCannotPromoteIntoIt() {
    UUID source = api.workspace("src-" + UUID.randomUUID().toString().substring(0, 8), Environment.DEVELOPMENT, owner);
    VoiceFixtures.setWorkspaceVoice(api, source, false);
    String session = api.signIn(api.backend.users().byId(owner).orElseThrow().email());
    TestApi.Answer preview = api.post("/v1/workspaces/" + source + "/promotion-preview", session,
        Map.of("target_workspace_id", ws.toString()));
    assertVoiceRequired(preview);
  }

  private String member(String label, boolean enrolled) {
    String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    UUID user = api.user(email);
    api.member(ws, user, Role.MEMBER);
    if (enrolled) {
      VoiceFixtures.enrolDirectly(api, ws, user);
    }
    return email;
  }

  private static UUID userOf(String email) {
    return api.backend.users().byEmail(email).orElseThrow().id();
  }

  private String data() {
    return "/v1/" + ws + "/members/me";
  }

  private String skipPath() {
    return "/v1/" + ws + "/voiceprints/skip";
  }

  private static void assertVoiceRequired(TestApi.Answer a) {
    assertRefused(a, VoiceStepGate.REQUIRED);
  }

  private static void assertVoiceFailed(TestApi.Answer a) {
    assertRefused(a, VoiceStepGate.FAILED);
  }

  private static void assertRefused(TestApi.Answer a, String code) {
    assertEquals(403, a.status(), a.text());
    assertEquals(code, a.json().get("code").asText(), a.text());
    assertFalse(a.json().get("detail").asText().isBlank());
  }
}
