package dev.wsconsole.voice;

import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.List;

/**
 * Turns a raw GMM-UBM log-likelihood ratio into a calibrated 0..1 similarity so that one fixed threshold
 * ({@link VoiceDefaults#DEFAULT_THRESHOLD}) holds. With enough other enrolled speakers in the workspace the
 * score is T-normalised against them plus the built-in cohort; otherwise the raw ratio has its own
 * calibration, because the built-in cohort alone is too far from typical users to normalise well.
 */
public final class ScoreCalibration {
  /** Other enrolled speakers needed before cohort normalisation is trusted. */
  public static final int MIN_WORKSPACE_COHORT = 3;
  /** Only the closest cohort models count (adaptive T-norm); they matter most for hard impostors. */
  static final int COHORT_TOP = 20;
  /** T-normalised score that maps to a similarity of 0.5 (tuned on the dev corpus). */
  static final double COHORT_CENTRE = 2.0;
  /** Average frame log-likelihood ratio that maps to 0.5 when there is no usable cohort. */
  static final double RAW_CENTRE = 3.0;
  /** Steepness of both logistic maps. */
  static final double SLOPE = 1.5;

  private ScoreCalibration() {
  }

  /**
   * Calibrated score of {@code raw} given the same utterance's scores against the built-in cohort and
   * against the workspace's other enrolled speakers; the result is centred so that 0 means similarity 0.5.
   */
  public static double calibratedScore(double raw, List<Double> builtInScores, List<Double> workspaceScores) {
    if (workspaceScores.size() < MIN_WORKSPACE_COHORT) {
      return raw - RAW_CENTRE;
    }
    double[] all = new double[builtInScores.size() + workspaceScores.size()];
    int i = 0;
    for (double s : builtInScores) {
      all[i++] = s;
    }
    for (double s : workspaceScores) {
      all[i++] = s;
    }
    return tNorm(raw, all) - COHORT_CENTRE;
  }

  /** Similarity in 0..1 of a calibrated score. */
  public static double similarity(double calibratedScore) {
    return 1 / (1 + Math.exp(-SLOPE * calibratedScore));
  }

  /** (raw - mean) / std over the {@link #COHORT_TOP} highest cohort scores. */
  static double tNorm(double raw, double[] cohortScores) {
    double[] sorted = cohortScores.clone();
    java.util.Arrays.sort(sorted);
    int n = Math.min(COHORT_TOP, sorted.length);
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
}
