package dev.wsconsole.voice;

import java.util.List;

/**
 * Cohort normalisation (T-norm) and the logistic map from normalised score to a 0..1 similarity,
 * calibrated so that {@link VoiceDefaults#DEFAULT_THRESHOLD} is one fixed operating point.
 */
public final class ScoreCalibration {
  /** Normalised score that maps to a similarity of exactly 0.5. */
  static final double CENTRE = 2.5;
  /** Steepness of the logistic map per unit of normalised score. */
  static final double SLOPE = 1.5;
  /** Only the closest cohort models count (adaptive T-norm); they matter most for hard impostors. */
  static final int COHORT_TOP = 20;

  private ScoreCalibration() {
  }

  /** T-normalised score of {@code raw} given the same utterance's scores against cohort models. */
  public static double normalise(double raw, List<Double> cohortScores) {
    double[] sorted = cohortScores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = Math.min(COHORT_TOP, sorted.length);
    if (n < 2) {
      return raw;
    }
    double sum = 0;
    double sq = 0;
    for (int i = sorted.length - n; i < sorted.length; i++) {
      sum += sorted[i];
      sq += sorted[i] * sorted[i];
    }
    double mean = sum / n;
    double std = Math.sqrt(Math.max(sq / n - mean * mean, 1e-6));
    return (raw - mean) / std;
  }

  /** Calibrated similarity in 0..1. */
  public static double similarity(double normalisedScore) {
    return 1 / (1 + Math.exp(-SLOPE * (normalisedScore - CENTRE)));
  }
}
