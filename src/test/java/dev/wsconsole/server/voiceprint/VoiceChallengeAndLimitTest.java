package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import dev.wsconsole.voice.passphrase.PassphraseGenerator;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Passphrase challenges (single use, never repeated for a user) and rate limits kept in the database. */
@Tag("database")
class VoiceChallengeAndLimitTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("voice_limits");
  private static final Tenant ws = tenants.workspace("voice-limits", Environment.STAGING,
      "owner-voice-limits@example.org");

  @BeforeAll
  static void enableVoice() {
    VoiceFixtures.enableVoice(tenants.api(), ws.id());
  }

  private static VoiceApiClient enrolledMember(String name) {
    UUID user = tenants.api().user(name + "@example.org");
    tenants.api().member(ws.id(), user, Role.MEMBER);
    VoiceFixtures.enrolDirectly(tenants.api(), ws.id(), user);
    return new VoiceApiClient(tenants.api(), ws.id(), tenants.api().key(ws.id(), user, Role.MEMBER));
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
    tenants.api().backend.tx().run(ws.id(),
        h -> h.createUpdate("UPDATE console.voice_challenges SET expires_at = now() - interval"
        + " '1 second' WHERE workspace_id = :ws AND id = :id").bind("ws", ws.id()).bind("id", challenge).execute());
    assertEquals(409, jon.verifyWith(challenge, Fixtures.wav("a_pass.wav")).status());
  }

  @Test
  void aPassphraseIsNeverIssuedTwiceToTheSameUser() {
    UUID user = tenants.api().user("kim@example.org");
    PassphraseGenerator stuck = new PassphraseGenerator(new SecureRandom() {
      @Override
      public int nextInt(int bound) {
        return 0; // the same phrase every time
      }
    });
    AuditRecord audit = AuditRecord.allowed(Map.of("kind", "test"), "voiceprint.challenge", "", "test");
    assertNotNull(tenants.api().backend.voice().challenges.issue(ws.id(), user, stuck, audit));
    assertThrows(IllegalStateException.class, () -> tenants.api().backend.voice().challenges.issue(ws.id(), user,
        stuck, audit));
    UUID other = tenants.api().user("lee@example.org");
    assertNotNull(tenants.api().backend.voice().challenges.issue(ws.id(), other, stuck, audit),
        "another user may get that phrase");
  }

  @Test
  void onlyDigestsOfPassphrasesAreStored() {
    VoiceApiClient max = enrolledMember("max");
    String phrase = max.challenge().json().get("passphrase").asText();
    String dump = tenants.api().backend.tx().call(ws.id(), h -> h.createQuery("SELECT string_agg(c::text, '|') FROM"
        + " console.voice_challenges c WHERE workspace_id = :ws").bind("ws", ws.id()).mapTo(String.class).one());
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
    assertTrue(tenants.api().auditTrail(ws.id()).stream().anyMatch(l -> l.startsWith("voiceprint.verify:denied")));
    VoiceApiClient oli = enrolledMember("oli");
    assertEquals(200, oli.verify("a_pass.wav").status(), "another user still has attempts");
  }

  @Test
  void theWorkspaceLimitHoldsAcrossUsers() {
    UUID busyWs = tenants.api().workspace("voice-busy", Environment.STAGING, ws.owner());
    VoiceFixtures.enableVoice(tenants.api(), busyWs);
    for (int i = 0; i < RateLimitRules.VERIFY.perWorkspace(); i++) {
      assertEquals(0, tenants.api().backend.voice().attempts.reserve(busyWs, UUID.randomUUID(), RateLimitRules.VERIFY));
    }
    UUID user = tenants.api().user("pat@example.org");
    tenants.api().member(busyWs, user, Role.MEMBER);
    VoiceApiClient pat = new VoiceApiClient(tenants.api(), busyWs, tenants.api().key(busyWs, user, Role.MEMBER));
    TestApi.Answer limited = pat.verifyWith(UUID.randomUUID(), Fixtures.wav("a_pass.wav"));
    assertEquals(429, limited.status(), limited.text());
    assertNotNull(limited.header("retry-after"));
  }
}
