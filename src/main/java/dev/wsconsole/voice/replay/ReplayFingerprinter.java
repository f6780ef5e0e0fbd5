package dev.wsconsole.voice.replay;

import dev.wsconsole.voice.features.FeatureExtractor;
import dev.wsconsole.voice.features.FrameSequence;
import dev.wsconsole.voice.features.SpeechDetector;
import dev.wsconsole.voice.features.UnreadableAudioException;
import java.nio.ByteBuffer;

/**
 * Computes a compact spectral hash of a recording: 32 bits per 10 ms frame, each the sign of a cepstral
 * coefficient's change over time. Gain changes and light re-encoding flip few bits; another recording
 * flips about half. The bytes are what a server stores per accepted sample.
 */
public final class ReplayFingerprinter {
  static final int MAGIC = 0x57534650; // "WSFP"
  static final int BITS = 32;

  private final FeatureExtractor extractor = new FeatureExtractor();
  private final SpeechDetector detector = new SpeechDetector();

  /** Fingerprint of a WAV recording (empty fingerprint when it holds no speech). */
  public byte[] fingerprint(byte[] wav) throws UnreadableAudioException {
    return fingerprint(extractor.frames(wav));
  }

  /** Fingerprint of frames from any dispatcher run, trimmed to the span between the first and last speech frame. */
  public byte[] fingerprint(FrameSequence frames) {
    boolean[] speech = detector.speechFrames(frames.energiesDb());
    int first = 0;
    while (first < speech.length && !speech[first]) {
      first++;
    }
    int last = speech.length - 1;
    while (last > first && !speech[last]) {
      last--;
    }
    float[][] c = frames.cepstra();
    int start = Math.max(first, 1);
    int end = Math.min(last, c.length - 2);
    int n = Math.max(0, end - start + 1);
    ByteBuffer out = ByteBuffer.allocate(8 + 4 * n);
    out.putInt(MAGIC).putInt(n);
    for (int t = start; t <= end; t++) {
      int word = 0;
      for (int b = 0; b < BITS; b++) {
        // c1..c32: the gain only moves c0, so these bits ignore volume changes.
        if (c[t + 1][b + 1] - c[t - 1][b + 1] > 0) {
          word |= 1 << b;
        }
      }
      out.putInt(word);
    }
    return out.array();
  }

  /** The per-frame words of a fingerprint; throws IllegalArgumentException for foreign bytes. */
  static int[] words(byte[] fingerprint) {
    ByteBuffer in = ByteBuffer.wrap(fingerprint);
    if (fingerprint.length < 8 || in.getInt() != MAGIC) {
      throw new IllegalArgumentException("not a voice fingerprint");
    }
    int n = in.getInt();
    if (n < 0 || fingerprint.length != 8 + 4L * n) {
      throw new IllegalArgumentException("corrupt voice fingerprint");
    }
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = in.getInt();
    }
    return words;
  }
}
