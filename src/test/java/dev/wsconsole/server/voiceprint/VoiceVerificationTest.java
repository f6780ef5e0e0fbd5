package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Voice verification over HTTP on real WAV fixtures: the server decides, with the workspace's threshold. */
@Tag("database")
class VoiceVerificationTest {
  private static TestApi api;
  private UUID ws;
  private UUID owner;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("voice_verify");
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  /**
   * A new member enrolled as speaker A through the API, alone in a fresh workspace (other members enrolled
   * with the same synthetic voice would make a misleading normalisation cohort).
   */
  private VoiceApiClient enrolledMember(String name) {
    owner = api.user("owner-" + name + "@example.org");
    ws = api.workspace("voice-" + name, Environment.STAGING, owner);
    VoiceFixtures.enableVoice(api, ws);
    UUID user = api.user(name + "@example.org");
    api.member(ws, user, Role.MEMBER);
    VoiceApiClient client = new VoiceApiClient(api, ws, api.key(ws, user, Role.MEMBER));
    TestApi.Answer enrolled = client.enrolSpeakerA();
    assertEquals(201, enrolled.status(), enrolled.text());
    return client;
  }

  @Test
  void enrolmentAnswersTheContractFieldsAndStoresABiometricEvent() {
    VoiceApiClient alice = enrolledMember("alice");
    JsonNode status = alice.status("me").json();
    assertTrue(status.get("enrolled").asBoolean());
    assertTrue(status.get("model_id").asText().startsWith("gmm-ubm-map/"));
    UUID entity = UUID.fromString(status.get("entity_id").asText());
    long events = api.backend.tx().call(ws, h -> h.createQuery("SELECT count(*) FROM console.events WHERE"
        + " workspace_id = :ws AND entity_id = :e AND event_type = 'voiceprint.enrolled'")
        .bind("ws", ws).bind("e", entity).mapTo(Long.class).one());
    assertEquals(1, events);
  }

  @Test
  void sameSpeakerIsAcceptedAndAnotherSpeakerIsRejected() {
    VoiceApiClient bob = enrolledMember("bob");
    TestApi.Answer same = bob.verify("a_pass.wav");
    assertEquals(200, same.status(), same.text());
    assertTrue(same.json().get("verified").asBoolean(), same.text());
    assertEquals("accepted", same.json().get("decision").asText());
    TestApi.Answer other = bob.verify("b_pass.wav");
    assertEquals(200, other.status(), other.text());
    assertFalse(other.json().get("verified").asBoolean(), other.text());
    assertEquals("low_similarity", other.json().get("decision").asText());
    assertTrue(other.json().get("similarity").asDouble() < 0.5, other.text());
  }

  @Test
  void aReplayOfAnEarlierSampleIsRefusedEvenReEncoded() {
    VoiceApiClient carol = enrolledMember("carol");
    assertTrue(carol.verify("a_pass.wav").json().get("verified").asBoolean());
    for (String replay : new String[] {"a_pass.wav", "a_pass_reencoded.wav", "a_enroll1.wav"}) {
      TestApi.Answer again = carol.verify(replay);
      assertEquals(200, again.status(), again.text());
      assertFalse(again.json().get("verified").asBoolean(), replay + ": " + again.text());
      assertEquals("replay_suspected", again.json().get("decision").asText(), replay);
    }
  }

  @Test
  void silenceAndTooLittleSpeechGetAClear422() {
    VoiceApiClient dan = enrolledMember("dan");
    TestApi.Answer silence = dan.verify("silence.wav");
    assertEquals(422, silence.status(), silence.text());
    assertEquals("no_speech", silence.json().get("detail").get(0).get("type").asText());
    assertTrue(silence.json().get("detail").get(0).get("msg").asText().startsWith("No speech was detected"));
    TestApi.Answer shortSample = dan.verify("short.wav");
    assertEquals(422, shortSample.status(), shortSample.text());
    assertEquals("too_little_speech", shortSample.json().get("detail").get(0).get("type").asText());
  }

  @Test
  void theWorkspaceThresholdDecidesNotTheClient() {
    VoiceApiClient erin = enrolledMember("erin");
    TestApi.Answer strict = api.call("PUT", "/v1/" + ws + "/settings/security",
        api.key(ws, owner, Role.OWNER), Map.of("voice_auth_threshold", 1.0));
    assertEquals(200, strict.status(), strict.text());
    TestApi.Answer answer = erin.verify("a_pass.wav");
    assertFalse(answer.json().get("verified").asBoolean(), answer.text());
    assertEquals("low_similarity", answer.json().get("decision").asText());
    assertEquals(1.0, answer.json().get("threshold").asDouble(), 1e-9);
  }

  @Test
  void everyAttemptIsAudited() {
    VoiceApiClient fay = enrolledMember("fay");
    fay.verify("a_pass.wav");
    fay.verify("b_pass.wav");
    var trail = api.auditTrail(ws);
    assertTrue(trail.stream().anyMatch(l -> l.startsWith("voiceprint.verify:allowed")), trail.toString());
    assertTrue(trail.stream().anyMatch(l -> l.startsWith("voiceprint.verify:denied")), trail.toString());
    assertTrue(trail.stream().anyMatch(l -> l.startsWith("voiceprint.enroll:allowed")), trail.toString());
  }
}
