package dev.wsconsole.testing;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.voiceprint.VoiceprintRules;
import dev.wsconsole.server.voiceprint.VoiceprintStore;
import dev.wsconsole.voice.EnrollmentResult;
import dev.wsconsole.voice.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Voice sign-in set-up for API tests: both gates on, a speaker enrolled the product's way, challenges, uploads. */
public final class VoiceFixtures {
  private static volatile EnrollmentResult speakerA;

  private VoiceFixtures() {}

  /** Turns on the console's environment switch and the workspace's voice_auth_enabled. */
  public static void enableVoice(TestApi api, UUID ws) {
    api.backend.voice().environmentSwitch.set(true, "test");
    setWorkspaceVoice(api, ws, true);
  }

  public static void setWorkspaceVoice(TestApi api, UUID ws, boolean on) {
    api.backend.settings().update(ws, "security", s -> s.put("voice_auth_enabled", on),
        AuditRecord.allowed(Map.of("kind", "test"), "settings.update", "settings:security", "test"));
  }

  /** Speaker A's voiceprint (from the two enrolment fixtures), computed once. */
  public static EnrollmentResult speakerA(TestApi api) {
    if (speakerA == null) {
      speakerA = api.backend.voice().verifier.enroll(List.of(Fixtures.wav("a_enroll1.wav"), Fixtures.wav("a_enroll2.wav")));
    }
    return speakerA;
  }

  /** Stores speaker A's voiceprint as {@code user}'s (no HTTP), returning the person entity. */
  public static UUID enrolDirectly(TestApi api, UUID ws, UUID user) {
    UUID entity = VoiceprintRules.personEntity(ws, user);
    EnrollmentResult a = speakerA(api);
    api.backend.voice().voiceprints.enroll(ws, new VoiceprintStore.Enrolment(entity, user, "test", a.voiceprint(),
        api.backend.voice().modelId, a.speechSeconds(), 2, List.of()),
        AuditRecord.allowed(Map.of("kind", "test"), "voiceprint.enroll", "entity:" + entity, "test"));
    return entity;
  }

  /** A live passphrase challenge for {@code user} (no HTTP), returning its id. */
  public static UUID challenge(TestApi api, UUID ws, UUID user) {
    return api.backend.voice().challenges.issue(ws, user, new dev.wsconsole.voice.passphrase.PassphraseGenerator(
        new java.security.SecureRandom()), AuditRecord.allowed(Map.of("kind", "test"), "voiceprint.challenge", "",
        "test")).id();
  }

  /** A verification upload: one audio part, the entity and the challenge. */
  public static TestApi.RawBody verifyBody(String entity, UUID challenge, byte[] wav) {
    Multipart m = new Multipart().field("entity_id", entity).file("audio", "sample.wav", wav);
    if (challenge != null) {
      m.field("challenge_id", challenge.toString());
    }
    return m.build();
  }

  /** An enrolment upload of the named fixtures for {@code entity}. */
  public static TestApi.RawBody enrolBody(String entity, String... fixtures) {
    Multipart m = new Multipart().field("entity_id", entity);
    for (String name : fixtures) {
      m.file("audio", name, Fixtures.wav(name));
    }
    return m.build();
  }

  /** The account behind the fixture's current caller (the owner when there is none). */
  public static UUID userByEmail(TestApi api, String email, UUID fallback) {
    return email == null ? fallback : api.backend.users().byEmail(email).orElseThrow().id();
  }
}
