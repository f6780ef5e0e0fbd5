package dev.wsconsole.voice.features;

import dev.wsconsole.voice.tuning.VoiceDefaults;

/** Turns raw frames into speech features: drops c0, appends deltas, keeps speech frames, applies CMVN. */
public final class FeatureNormaliser {
  /** Static cepstra kept per frame (c1..c39; high orders keep some pitch-harmonic detail). */
  public static final int STATIC_DIMENSION = FrameFeatureProcessor.CEPSTRAL_COEFFICIENTS - 1;
  /** Final feature dimension: statics, deltas and delta-deltas. */
  public static final int DIMENSION = 3 * STATIC_DIMENSION;
  private static final int DELTA_WINDOW = 2;

  private final SpeechDetector detector = new SpeechDetector();

  /** Speech features of a recording; empty vectors when no speech was found. */
  public SpeechFeatures normalise(FrameSequence frames) {
    boolean[] speech = detector.speechFrames(frames.energiesDb());
    float[][] statics = new float[frames.length()][];
    for (int t = 0; t < statics.length; t++) {
      float[] c = frames.cepstra()[t];
      statics[t] = java.util.Arrays.copyOfRange(c, 1, 1 + STATIC_DIMENSION);
    }
    float[][] deltas = deltas(statics);
    float[][] deltaDeltas = deltas(deltas);
    int kept = 0;
    for (boolean s : speech) {
      kept += s ? 1 : 0;
    }
    float[][] vectors = new float[kept][];
    int j = 0;
    for (int t = 0; t < speech.length; t++) {
      if (speech[t]) {
        float[] v = new float[DIMENSION];
        System.arraycopy(statics[t], 0, v, 0, STATIC_DIMENSION);
        System.arraycopy(deltas[t], 0, v, STATIC_DIMENSION, STATIC_DIMENSION);
        System.arraycopy(deltaDeltas[t], 0, v, 2 * STATIC_DIMENSION, STATIC_DIMENSION);
        vectors[j++] = v;
      }
    }
    meanVarianceNormalise(vectors);
    return new SpeechFeatures(vectors, kept * VoiceDefaults.FRAME_SECONDS, frames.seconds());
  }

  /** Regression deltas over +-2 frames, edges clamped. */
  static float[][] deltas(float[][] x) {
    int n = x.length;
    float[][] d = new float[n][];
    float norm = 0;
    for (int k = 1; k <= DELTA_WINDOW; k++) {
      norm += 2 * k * k;
    }
    for (int t = 0; t < n; t++) {
      int dim = x[t].length;
      d[t] = new float[dim];
      for (int k = 1; k <= DELTA_WINDOW; k++) {
        float[] next = x[Math.min(n - 1, t + k)];
        float[] prev = x[Math.max(0, t - k)];
        for (int i = 0; i < dim; i++) {
          d[t][i] += k * (next[i] - prev[i]);
        }
      }
      for (int i = 0; i < dim; i++) {
        d[t][i] /= norm;
      }
    }
    return d;
  }

  /** Per-utterance cepstral mean and variance normalisation, in place. */
  static void meanVarianceNormalise(float[][] vectors) {
    if (vectors.length < 2) {
      return;
    }
    int dim = vectors[0].length;
    for (int i = 0; i < dim; i++) {
      double sum = 0;
      double sq = 0;
      for (float[] v : vectors) {
        sum += v[i];
        sq += v[i] * v[i];
      }
      double mean = sum / vectors.length;
      double std = Math.sqrt(Math.max(sq / vectors.length - mean * mean, 1e-8));
      for (float[] v : vectors) {
        v[i] = (float) ((v[i] - mean) / std);
      }
    }
  }
}
