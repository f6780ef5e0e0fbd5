package dev.wsconsole.server.voiceprint;

import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import java.util.UUID;

/** The voiceprint API as one member of one workspace calls it, for readable tests. */
final class VoiceApiClient {
  final TestApi api;
  final UUID ws;
  final String key;

  VoiceApiClient(TestApi api, UUID ws, String key) {
    this.api = api;
    this.ws = ws;
    this.key = key;
  }

  String base() {
    return "/v1/" + ws + "/voiceprints";
  }

  TestApi.Answer policy() {
    return api.get(base() + "/policy", key);
  }

  TestApi.Answer enrol(String entity, String... fixtures) {
    return api.post(base() + "/enroll", key, VoiceFixtures.enrolBody(entity, fixtures));
  }

  TestApi.Answer enrolSpeakerA() {
    return enrol("me", "a_enroll1.wav", "a_enroll2.wav");
  }

  TestApi.Answer challenge() {
    return api.post(base() + "/challenge", key, null);
  }

  UUID challengeId() {
    TestApi.Answer a = challenge();
    if (a.status() != 201) {
      throw new AssertionError("challenge: " + a.status() + " " + a.text());
    }
    return UUID.fromString(a.json().get("challenge_id").asText());
  }

  TestApi.Answer verify(String fixture) {
    return verify(Fixtures.wav(fixture));
  }

  TestApi.Answer verify(byte[] wav) {
    return verifyWith(challengeId(), wav);
  }

  TestApi.Answer verifyWith(UUID challenge, byte[] wav) {
    return api.post(base() + "/verify", key, VoiceFixtures.verifyBody("me", challenge, wav));
  }

  TestApi.Answer status(String entity) {
    return api.get(base() + "/" + entity, key);
  }

  TestApi.Answer delete(String entity) {
    return api.call("DELETE", base() + "/" + entity, key, null);
  }
}
