package dev.wsconsole.voice.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.voice.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class ReplayDetectorTest {
  private final ReplayFingerprinter fingerprinter = new ReplayFingerprinter();
  private final ReplayDetector detector = new ReplayDetector();

  @Test
  void identicalSampleIsAReplay() throws Exception {
    byte[] earlier = fingerprinter.fingerprint(Fixtures.wav("a_pass.wav"));
    ReplayDetector.ReplayCheck check = detector.check(fingerprinter.fingerprint(Fixtures.wav("a_pass.wav")),
        List.of(earlier));
    assertTrue(check.replay());
    assertTrue(check.lowestBitErrorRate() < 0.01);
  }

  @Test
  void reEncodedQuieterCopyIsAReplay() throws Exception {
    byte[] earlier = fingerprinter.fingerprint(Fixtures.wav("a_pass.wav"));
    ReplayDetector.ReplayCheck check = detector.check(
        fingerprinter.fingerprint(Fixtures.wav("a_pass_reencoded.wav")), List.of(earlier));
    assertTrue(check.replay(), "bit error rate " + check.lowestBitErrorRate());
  }

  @Test
  void gainChangedCopyIsAReplay() throws Exception {
    byte[] earlier = fingerprinter.fingerprint(Fixtures.wav("a_pass.wav"));
    byte[] louder = withGain(Fixtures.wav("a_pass.wav"), 1.8);
    assertTrue(detector.check(fingerprinter.fingerprint(louder), List.of(earlier)).replay());
  }

  @Test
  void otherRecordingsAreNotReplays() throws Exception {
    List<byte[]> earlier = List.of(fingerprinter.fingerprint(Fixtures.wav("a_enroll1.wav")),
        fingerprinter.fingerprint(Fixtures.wav("a_enroll2.wav")),
        fingerprinter.fingerprint(Fixtures.wav("b_pass.wav")));
    ReplayDetector.ReplayCheck check = detector.check(fingerprinter.fingerprint(Fixtures.wav("a_pass.wav")), earlier);
    assertFalse(check.replay(), "bit error rate " + check.lowestBitErrorRate());
    assertTrue(check.lowestBitErrorRate() > 0.3);
  }

  @Test
  void corruptStoredFingerprintIsIgnoredButForeignQueryIsRefused() throws Exception {
    byte[] current = fingerprinter.fingerprint(Fixtures.wav("a_pass.wav"));
    assertFalse(detector.check(current, List.of(new byte[] {9, 9, 9})).replay());
    assertThrows(IllegalArgumentException.class, () -> detector.check(new byte[] {1}, List.of(current)));
  }

  private static byte[] withGain(byte[] wav, double gain) throws Exception {
    AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav));
    byte[] pcm = in.readAllBytes();
    for (int i = 0; i + 1 < pcm.length; i += 2) {
      int v = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
      int scaled = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v * gain)));
      pcm[i] = (byte) scaled;
      pcm[i + 1] = (byte) (scaled >> 8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), in.getFormat(), pcm.length / 2),
        AudioFileFormat.Type.WAVE, out);
    return out.toByteArray();
  }
}
