package dev.wsconsole.voice.model;

import dev.wsconsole.voice.features.SpeechFeatures;

/**
 * Scores one test utterance against many speaker models: finds the best UBM components per frame once,
 * then each model costs only those components (top-C scoring).
 */
public final class UtteranceScorer {
  private final DiagonalGmm ubm;
  private final float[][] frames;
  private final int[][] topComponents;
  private final double[] ubmFrameLogLikelihood;

  public UtteranceScorer(DiagonalGmm ubm, SpeechFeatures features, int topC) {
    this.ubm = ubm;
    this.frames = features.vectors();
    int n = frames.length;
    topComponents = new int[n][];
    ubmFrameLogLikelihood = new double[n];
    double[] ll = new double[ubm.components()];
    double[] best = new double[topC];
    for (int t = 0; t < n; t++) {
      ubm.componentLogLikelihoods(frames[t], ll);
      topComponents[t] = TopComponents.select(ll, topC);
      for (int j = 0; j < topC; j++) {
        best[j] = ll[topComponents[t][j]];
      }
      ubmFrameLogLikelihood[t] = DiagonalGmm.logSumExp(best, topC);
    }
  }

  /** Average per-frame log-likelihood ratio of a MAP-adapted model (its means) against the UBM. */
  public double averageLogLikelihoodRatio(float[][] speakerMeans) {
    if (frames.length == 0) {
      return 0;
    }
    double sum = 0;
    int topC = topComponents.length == 0 ? 0 : topComponents[0].length;
    double[] ll = new double[topC];
    for (int t = 0; t < frames.length; t++) {
      int[] top = topComponents[t];
      for (int j = 0; j < topC; j++) {
        ll[j] = ubm.componentLogLikelihood(frames[t], top[j], speakerMeans[top[j]]);
      }
      sum += DiagonalGmm.logSumExp(ll, topC) - ubmFrameLogLikelihood[t];
    }
    return sum / frames.length;
  }
}
