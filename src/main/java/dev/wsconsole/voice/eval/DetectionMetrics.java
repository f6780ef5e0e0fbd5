package dev.wsconsole.voice.eval;

import java.util.Arrays;

/** Equal error rate and normalised minimum detection cost from target and non-target scores. */
public final class DetectionMetrics {
  private DetectionMetrics() {
  }

  /** Equal error rate in 0..1 (midpoint of miss and false-alarm rates where they cross). */
  public static double equalErrorRate(double[] targets, double[] nonTargets) {
    double[] thresholds = candidates(targets, nonTargets);
    double best = 1;
    double bestGap = Double.MAX_VALUE;
    for (double t : thresholds) {
      double miss = fraction(targets, t, true);
      double fa = fraction(nonTargets, t, false);
      if (Math.abs(miss - fa) < bestGap) {
        bestGap = Math.abs(miss - fa);
        best = (miss + fa) / 2;
      }
    }
    return best;
  }

  /** Minimum over thresholds of the detection cost (C_miss = C_fa = 1), normalised by the trivial system. */
  public static double minDcf(double[] targets, double[] nonTargets, double pTarget) {
    double min = Double.MAX_VALUE;
    for (double t : candidates(targets, nonTargets)) {
      double cost = pTarget * fraction(targets, t, true) + (1 - pTarget) * fraction(nonTargets, t, false);
      min = Math.min(min, cost);
    }
    return min / Math.min(pTarget, 1 - pTarget);
  }

  /** Share of scores below the threshold (misses) or at/above it (false accepts). */
  public static double fraction(double[] scores, double threshold, boolean below) {
    int n = 0;
    for (double s : scores) {
      if (below ? s < threshold : s >= threshold) {
        n++;
      }
    }
    return scores.length == 0 ? 0 : n / (double) scores.length;
  }

  private static double[] candidates(double[] targets, double[] nonTargets) {
    double[] all = new double[targets.length + nonTargets.length + 1];
    System.arraycopy(targets, 0, all, 0, targets.length);
    System.arraycopy(nonTargets, 0, all, targets.length, nonTargets.length);
    all[all.length - 1] = Double.POSITIVE_INFINITY;
    Arrays.sort(all);
    return all;
  }
}
