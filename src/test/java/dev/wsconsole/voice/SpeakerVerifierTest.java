package dev.wsconsole.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.voice.model.BackgroundModel;
import dev.wsconsole.voice.model.Voiceprint;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpeakerVerifierTest {
  private static SpeakerVerifier verifier;
  private static byte[] voiceprintOfA;

  @BeforeAll
  static void enrolSpeakerA() {
    verifier = new SpeakerVerifier(BackgroundModel.loadDefault());
    EnrollmentResult result = verifier.enroll(List.of(Fixtures.wav("a_enroll1.wav"), Fixtures.wav("a_enroll2.wav")));
    assertTrue(result.enrolled(), "enrolment refused: " + result.decision());
    voiceprintOfA = result.voiceprint();
  }

  @Test
  void sameSpeakerIsAcceptedAtTheDefaultThreshold() {
    VerificationResult result = verifier.verify(Fixtures.wav("a_pass.wav"), voiceprintOfA, List.of());
    assertTrue(result.verified(), "similarity " + result.similarity());
    assertEquals(VoiceDecision.ACCEPTED, result.decision());
    assertTrue(result.similarity() >= VoiceDefaults.DEFAULT_THRESHOLD);
  }

  @Test
  void anotherSpeakerIsRejected() {
    VerificationResult result = verifier.verify(Fixtures.wav("b_pass.wav"), voiceprintOfA, List.of());
    assertFalse(result.verified(), "similarity " + result.similarity());
    assertEquals(VoiceDecision.LOW_SIMILARITY, result.decision());
    assertTrue(result.similarity() < 0.2, "similarity " + result.similarity());
  }

  @Test
  void silenceIsRejectedAsNoSpeech() {
    VerificationResult result = verifier.verify(Fixtures.wav("silence.wav"), voiceprintOfA, List.of());
    assertFalse(result.verified());
    assertEquals(VoiceDecision.NO_SPEECH, result.decision());
  }

  @Test
  void tooLittleSpeechIsRejected() {
    VerificationResult result = verifier.verify(Fixtures.wav("short.wav"), voiceprintOfA, List.of());
    assertFalse(result.verified());
    assertEquals(VoiceDecision.TOO_LITTLE_SPEECH, result.decision());
    assertTrue(result.speechSeconds() > 0 && result.speechSeconds() < VoiceDefaults.MIN_VERIFY_SPEECH_SECONDS);
  }

  @Test
  void enrolmentFromSilenceIsRefused() {
    EnrollmentResult result = verifier.enroll(List.of(Fixtures.wav("silence.wav")));
    assertFalse(result.enrolled());
    assertEquals(VoiceDecision.NO_SPEECH, result.decision());
  }

  @Test
  void enrolmentFromOnePassphraseIsTooLittleSpeech() {
    EnrollmentResult result = verifier.enroll(List.of(Fixtures.wav("short.wav")));
    assertEquals(VoiceDecision.TOO_LITTLE_SPEECH, result.decision());
  }

  @Test
  void garbageBytesAreUnreadableAudio() {
    VerificationResult result = verifier.verify(new byte[] {1, 2, 3, 4}, voiceprintOfA, List.of());
    assertEquals(VoiceDecision.UNREADABLE_AUDIO, result.decision());
  }

  @Test
  void corruptVoiceprintIsIncompatible() {
    byte[] corrupt = voiceprintOfA.clone();
    corrupt[0] ^= 0x55;
    VerificationResult result = verifier.verify(Fixtures.wav("a_pass.wav"), corrupt, List.of());
    assertEquals(VoiceDecision.INCOMPATIBLE_VOICEPRINT, result.decision());
    assertFalse(result.verified());
  }

  @Test
  void voiceprintSurvivesSerialisation() {
    Voiceprint print = Voiceprint.fromBytes(voiceprintOfA);
    assertArrayEquals(voiceprintOfA, print.toBytes());
    assertTrue(print.speechSeconds() > VoiceDefaults.MIN_ENROLL_SPEECH_SECONDS);
    assertEquals(VoiceDefaults.FEATURE_VERSION, print.featureVersion());
  }

  @Test
  void workspaceCohortStillAcceptsTheSpeakerAndRejectsTheImpostor() {
    // Three more "members": models of A's single passages and of B, as other enrolled users would be.
    byte[] other1 = verifier.enroll(List.of(Fixtures.wav("b_pass.wav"), Fixtures.wav("b_pass.wav"))).voiceprint();
    List<byte[]> cohort = List.of(other1, other1, other1);
    assertTrue(verifier.verify(Fixtures.wav("a_pass.wav"), voiceprintOfA, cohort).verified());
    assertFalse(verifier.verify(Fixtures.wav("b_pass.wav"), voiceprintOfA, cohort).verified());
  }
}
