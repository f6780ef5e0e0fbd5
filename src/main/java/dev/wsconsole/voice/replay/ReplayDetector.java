package dev.wsconsole.voice.replay;

import java.util.Collection;

/** Decides whether a new sample's fingerprint (nearly) matches any earlier accepted sample's fingerprint. */
public final class ReplayDetector {
  /** Bit error rate below which two fingerprints count as the same audio (unrelated audio sits near 0.5). */
  public static final double MAX_REPLAY_BIT_ERROR_RATE = 0.25;
  private static final int MAX_SHIFT_FRAMES = 40;
  private static final int MIN_OVERLAP_FRAMES = 50;

  /**
   * Result of a replay check.
   *
   * @param replay true when some earlier sample matched
   * @param lowestBitErrorRate best match found (1 when nothing comparable)
   */
  public record ReplayCheck(boolean replay, double lowestBitErrorRate) {
  }

  /** Compares a new fingerprint with all earlier ones; unreadable stored fingerprints are skipped. */
  public ReplayCheck check(byte[] fingerprint, Collection<byte[]> earlierFingerprints) {
    int[] current = ReplayFingerprinter.words(fingerprint);
    double best = 1;
    for (byte[] earlier : earlierFingerprints) {
      try {
        best = Math.min(best, bitErrorRate(current, ReplayFingerprinter.words(earlier)));
      } catch (IllegalArgumentException e) {
        // a corrupt stored fingerprint cannot prove a replay
      }
    }
    return new ReplayCheck(best < MAX_REPLAY_BIT_ERROR_RATE, best);
  }

  /** Lowest bit error rate over time shifts of up to 0.4 s with enough overlap. */
  static double bitErrorRate(int[] a, int[] b) {
    int minOverlap = Math.min(MIN_OVERLAP_FRAMES, (int) (0.8 * Math.min(a.length, b.length)));
    if (minOverlap < 10) {
      return 1;
    }
    double best = 1;
    for (int shift = -MAX_SHIFT_FRAMES; shift <= MAX_SHIFT_FRAMES; shift++) {
      int from = Math.max(0, -shift);
      int to = Math.min(a.length, b.length - shift);
      int overlap = to - from;
      if (overlap < minOverlap) {
        continue;
      }
      long errors = 0;
      for (int i = from; i < to; i++) {
        errors += Integer.bitCount(a[i] ^ b[i + shift]);
      }
      best = Math.min(best, errors / (double) (ReplayFingerprinter.BITS * overlap));
    }
    return best;
  }
}
