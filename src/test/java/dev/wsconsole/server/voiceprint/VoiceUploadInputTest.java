package dev.wsconsole.server.voiceprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.Multipart;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad uploads get clear answers (422 with detail, 413 when too large) and write nothing; other rates are resampled. */
@Tag("database")
class VoiceUploadInputTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("voice_input");
  private static final Tenant ws = tenants.workspace("voice-input", Environment.STAGING,
      "owner-voice-input@example.org");

  @BeforeAll
  static void enableVoice() {
    VoiceFixtures.enableVoice(tenants.api(), ws.id());
  }

  private static VoiceApiClient member(String name) {
    UUID user = tenants.api().user(name + "@example.org");
    tenants.api().member(ws.id(), user, Role.MEMBER);
    return new VoiceApiClient(tenants.api(), ws.id(), tenants.api().key(ws.id(), user, Role.MEMBER));
  }

  private static String firstMsg(TestApi.Answer a) {
    return a.json().get("detail").get(0).get("msg").asText();
  }

  @Test
  void notAWavFileIs422AndWritesNothing() {
    VoiceApiClient amy = member("amy");
    TestApi.Answer a = tenants.api().post(amy.base() + "/enroll", amy.key, new Multipart().field("entity_id", "me")
        .file("audio", "notes.txt", "hello, this is not audio".getBytes()).build());
    assertEquals(422, a.status(), a.text());
    assertEquals("audio", a.json().get("detail").get(0).get("loc").get(1).asText());
    assertTrue(firstMsg(a).contains("WAV"), a.text());
    assertEquals(false, amy.status("me").json().get("enrolled").asBoolean());
  }

  @Test
  void missingFieldsAndJsonBodiesAre422() {
    VoiceApiClient ben = member("ben");
    TestApi.Answer noAudio = tenants.api().post(ben.base() + "/enroll", ben.key, new Multipart().field("entity_id",
        "me").build());
    assertEquals(422, noAudio.status(), noAudio.text());
    assertEquals("missing", noAudio.json().get("detail").get(0).get("type").asText());
    TestApi.Answer noEntity = tenants.api().post(ben.base() + "/enroll", ben.key,
        new Multipart().file("audio", "a.wav", Fixtures.wav("a_enroll1.wav")).build());
    assertEquals(422, noEntity.status(), noEntity.text());
    TestApi.Answer json = tenants.api().post(ben.base() + "/enroll", ben.key, java.util.Map.of("entity_id", "me"));
    assertEquals(422, json.status(), json.text());
    TestApi.Answer extra = tenants.api().post(ben.base() + "/enroll", ben.key, new Multipart().field("entity_id", "me")
        .field("speaker", "x").file("audio", "a.wav", Fixtures.wav("a_enroll1.wav")).build());
    assertEquals("extra_forbidden", extra.json().get("detail").get(0).get("type").asText(), extra.text());
    TestApi.Answer badRate = tenants.api().post(ben.base() + "/enroll", ben.key, new Multipart().field("entity_id",
        "me")
        .field("sample_rate", "96000").file("audio", "a.wav", Fixtures.wav("a_enroll1.wav")).build());
    assertEquals(422, badRate.status(), badRate.text());
  }

  @Test
  void tooLittleEnrolmentSpeechIs422WithHowMuchIsNeeded() {
    VoiceApiClient cat = member("cat");
    TestApi.Answer a = cat.enrol("me", "a_pass.wav");
    assertEquals(422, a.status(), a.text());
    assertTrue(firstMsg(a).contains("at least 4 s"), a.text());
  }

  @Test
  void aHugeUploadIs413() {
    VoiceApiClient dee = member("dee");
    byte[] big = wav(new short[16_000 * 40], 16_000, 1); // 40 s: 1.28 MB, over the body limit
    TestApi.Answer a = tenants.api().post(dee.base() + "/enroll", dee.key, new Multipart().field("entity_id", "me")
        .file("audio", "big.wav", big).build());
    assertEquals(413, a.status(), a.text());
  }

  @Test
  void aVerificationSampleLongerThanAllowedIs413() {
    VoiceApiClient eve = member("eve");
    VoiceFixtures.enrolDirectly(tenants.api(), ws.id(), memberId("eve"));
    byte[] longSample = wav(new short[(int) (16_000 * (VoiceUpload.MAX_VERIFY_SECONDS + 5))], 16_000, 1);
    TestApi.Answer a = eve.verify(longSample);
    assertEquals(413, a.status(), a.text());
  }

  @Test
  void otherSampleRatesAndStereoAreResampled() throws Exception {
    VoiceApiClient fin = member("fin");
    VoiceFixtures.enrolDirectly(tenants.api(), ws.id(), memberId("fin"));
    short[] mono = samples(Fixtures.wav("a_pass.wav"));
    short[] at44k = Resampler.resample(mono, 16_000, 44_100);
    short[] stereo = new short[at44k.length * 2];
    for (int i = 0; i < at44k.length; i++) {
      stereo[2 * i] = at44k[i];
      stereo[2 * i + 1] = at44k[i];
    }
    TestApi.Answer a = fin.verify(wav(stereo, 44_100, 2));
    assertEquals(200, a.status(), a.text());
    assertTrue(a.json().get("verified").asBoolean(), a.text());
  }

  @Test
  void unsupportedEncodingsAre422() throws Exception {
    VoiceApiClient gus = member("gus");
    VoiceFixtures.enrolDirectly(tenants.api(), ws.id(), memberId("gus"));
    AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 16_000, 8, 1, 1, 16_000, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(new byte[16_000]), ulaw, 16_000),
        AudioFileFormat.Type.WAVE, out);
    TestApi.Answer a = gus.verify(out.toByteArray());
    assertEquals(422, a.status(), a.text());
    assertTrue(firstMsg(a).contains("16 kHz mono 16-bit PCM"), a.text());
  }

  private static UUID memberId(String name) {
    return tenants.api().backend.users().byEmail(name + "@example.org").orElseThrow().id();
  }

  private static short[] samples(byte[] wav) throws Exception {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
      byte[] b = in.readAllBytes();
      short[] s = new short[b.length / 2];
      for (int i = 0; i < s.length; i++) {
        s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
      }
      return s;
    }
  }

  private static byte[] wav(short[] interleaved, int rate, int channels) {
    byte[] pcm = new byte[interleaved.length * 2];
    for (int i = 0; i < interleaved.length; i++) {
      pcm[2 * i] = (byte) interleaved[i];
      pcm[2 * i + 1] = (byte) (interleaved[i] >> 8);
    }
    AudioFormat f = new AudioFormat(rate, 16, channels, true, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), f, interleaved.length / channels)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
