package dev.wsconsole.voice.features;

import java.util.Arrays;

/** Energy-based speech detection over a whole recording: keeps frames well above the noise floor. */
public final class SpeechDetector {
  /** Loudest frames quieter than this are treated as silence, whatever the dynamics. */
  static final double ABSOLUTE_FLOOR_DB = -60;
  /** A recording whose loud and quiet frames differ by less than this holds no speech (steady noise). */
  static final double MIN_DYNAMIC_RANGE_DB = 12;
  private static final double RELATIVE_POSITION = 0.4;
  private static final double MAX_BELOW_PEAK_DB = 35;

  /** Marks speech frames; all false when the recording holds no speech at all. */
  public boolean[] speechFrames(float[] energiesDb) {
    boolean[] speech = new boolean[energiesDb.length];
    if (energiesDb.length == 0) {
      return speech;
    }
    float[] sorted = energiesDb.clone();
    Arrays.sort(sorted);
    double floor = sorted[(int) (0.10 * (sorted.length - 1))];
    double peak = sorted[(int) (0.98 * (sorted.length - 1))];
    if (peak < ABSOLUTE_FLOOR_DB || peak - floor < MIN_DYNAMIC_RANGE_DB) {
      return speech;
    }
    double threshold = Math.max(floor + RELATIVE_POSITION * (peak - floor), peak - MAX_BELOW_PEAK_DB);
    threshold = Math.max(threshold, ABSOLUTE_FLOOR_DB);
    for (int i = 0; i < speech.length; i++) {
      speech[i] = energiesDb[i] >= threshold;
    }
    return removeIsolated(speech);
  }

  /** Drops single-frame blips (clicks) that are not part of a run of speech. */
  private static boolean[] removeIsolated(boolean[] speech) {
    boolean[] out = speech.clone();
    for (int i = 0; i < speech.length; i++) {
      boolean before = i > 0 && speech[i - 1];
      boolean after = i + 1 < speech.length && speech[i + 1];
      if (speech[i] && !before && !after) {
        out[i] = false;
      }
    }
    return out;
  }
}
