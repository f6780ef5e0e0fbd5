package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import dev.wsconsole.voice.passphrase.PassphraseGenerator;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Passphrase challenges (single use, never repeated for a user) and rate limits kept in the database. */
@Tag("database")
class VoiceChallengeAndLimitTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID owner;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("voice_limits");
    owner = api.user("owner-voice-limits@example.org");
    ws = api.workspace("voice-limits", Environment.STAGING, owner);
    VoiceFixtures.enableVoice(api, ws);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static VoiceApiClient enrolledMember(String name) {
    UUID user = api.user(name + "@example.org");
    api.member(ws, user, Role.MEMBER);
    VoiceFixtures.enrolDirectly(api, ws, user);
    return new VoiceApiClient(api, ws, api.key(ws, user, Role.MEMBER));
  }

  @Test
  void aChallengeHasWordsAndNumbersAndIsSingleUse() {
    VoiceApiClient gil = enrolledMember("gil");
    TestApi.Answer issued = gil.challenge();
    assertEquals(201, issued.status(), issued.text());
    String phrase = issued.json().get("passphrase").asText();
    assertTrue(phrase.matches("[a-z]+ \\d+ [a-z]+ [a-z]+ \\d+"), phrase);
    UUID challenge = UUID.fromString(issued.json().get("challenge_id").asText());
    assertEquals(200, gil.verifyWith(challenge, Fixtures.wav("a_pass.wav")).status());
    TestApi.Answer reused = gil.verifyWith(challenge, Fixtures.wav("a_pass_reencoded.wav"));
    assertEquals(409, reused.status(), reused.text());
  }

  @Test
  void verificationNeedsALiveChallengeOfTheCaller() {
    VoiceApiClient hal = enrolledMember("hal");
    VoiceApiClient ida = enrolledMember("ida");
    TestApi.Answer none = hal.verifyWith(null, Fixtures.wav("a_pass.wav"));
    assertEquals(422, none.status(), none.text());
    assertEquals(List.of("body", "challenge_id"), List.of(none.json().get("detail").get(0).get("loc").get(0).asText(),
        none.json().get("detail").get(0).get("loc").get(1).asText()));
    UUID idasChallenge = ida.challengeId();
    assertEquals(409, hal.verifyWith(idasChallenge, Fixtures.wav("a_pass.wav")).status());
    assertEquals(409, hal.verifyWith(UUID.randomUUID(), Fixtures.wav("a_pass.wav")).status());
  }

  @Test
  void anExpiredChallengeIsRefused() {
    VoiceApiClient jon = enrolledMember("jon");
    UUID challenge = jon.challengeId();
    api.backend.tx().run(ws, h -> h.createUpdate("UPDATE console.voice_challenges SET expires_at = now() - interval"
        + " '1 second' WHERE workspace_id = :ws AND id = :id").bind("ws", ws).bind("id", challenge).execute());
    assertEquals(409, jon.verifyWith(challenge, Fixtures.wav("a_pass.wav")).status());
  }

  @Test
  void aPassphraseIsNeverIssuedTwiceToTheSameUser() {
    UUID user = api.user("kim@example.org");
    PassphraseGenerator stuck = new PassphraseGenerator(new SecureRandom() {
      @Override
      public int nextInt(int bound) {
        return 0; // the same phrase every time
      }
    });
    AuditRecord audit = AuditRecord.allowed(Map.of("kind", "test"), "voiceprint.challenge", "", "test");
    assertNotNull(api.backend.voice().challenges.issue(ws, user, stuck, audit));
    assertThrows(IllegalStateException.class, () -> api.backend.voice().challenges.issue(ws, user, stuck, audit));
    UUID other = api.user("lee@example.org");
    assertNotNull(api.backend.voice().challenges.issue(ws, other, stuck, audit), "another user may get that phrase");
  }

  @Test
  void onlyDigestsOfPassphrasesAreStored() {
    VoiceApiClient max = enrolledMember("max");
    String phrase = max.challenge().json().get("passphrase").asText();
    String dump = api.backend.tx().call(ws, h -> h.createQuery("SELECT string_agg(c::text, '|') FROM"
        + " console.voice_challenges c WHERE workspace_id = :ws").bind("ws", ws).mapTo(String.class).one());
    assertFalse(dump.contains(phrase.split(" ")[0] + " "), dump);
  }

  @Test
  void tooManyAttemptsByOneUserAnswer429WithRetryAfter() {
    VoiceApiClient ned = enrolledMember("ned");
    for (int i = 0; i < RateLimitRules.VERIFY.perUser(); i++) {
      assertEquals(409, ned.verifyWith(UUID.randomUUID(), Fixtures.wav("a_pass.wav")).status());
    }
    TestApi.Answer limited = ned.verifyWith(UUID.randomUUID(), Fixtures.wav("a_pass.wav"));
    assertEquals(429, limited.status(), limited.text());
    long retry = Long.parseLong(limited.header("retry-after"));
    assertTrue(retry >= 1 && retry <= RateLimitRules.VERIFY.window().toSeconds(), limited.header("retry-after"));
    assertTrue(api.auditTrail(ws).stream().anyMatch(l -> l.startsWith("voiceprint.verify:denied")));
    VoiceApiClient oli = enrolledMember("oli");
    assertEquals(200, oli.verify("a_pass.wav").status(), "another user still has attempts");
  }

  @Test
  void theWorkspaceLimitHoldsAcrossUsers() {
    UUID busyWs = api.workspace("voice-busy", Environment.STAGING, owner);
    VoiceFixtures.enableVoice(api, busyWs);
    for (int i = 0; i < RateLimitRules.VERIFY.perWorkspace(); i++) {
      assertEquals(0, api.backend.voice().attempts.reserve(busyWs, UUID.randomUUID(), RateLimitRules.VERIFY));
    }
    UUID user = api.user("pat@example.org");
    api.member(busyWs, user, Role.MEMBER);
    VoiceApiClient pat = new VoiceApiClient(api, busyWs, api.key(busyWs, user, Role.MEMBER));
    TestApi.Answer limited = pat.verifyWith(UUID.randomUUID(), Fixtures.wav("a_pass.wav"));
    assertEquals(429, limited.status(), limited.text());
    assertNotNull(limited.header("retry-after"));
  }
}
