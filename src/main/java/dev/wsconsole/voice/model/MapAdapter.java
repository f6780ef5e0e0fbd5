package dev.wsconsole.voice.model;

import dev.wsconsole.voice.features.SpeechFeatures;
import java.util.List;

/** Maximum-a-posteriori adaptation of the UBM means to one speaker's enrolment speech. */
public final class MapAdapter {
  private static final int POSTERIOR_COMPONENTS = 10;
  private final DiagonalGmm ubm;
  private final double relevance;

  public MapAdapter(DiagonalGmm ubm, double relevance) {
    this.ubm = ubm;
    this.relevance = relevance;
  }

  /** Adapted means, one row per UBM component. */
  public float[][] adaptMeans(List<SpeechFeatures> recordings) {
    int k = ubm.components();
    int d = ubm.dimension();
    int topC = Math.min(POSTERIOR_COMPONENTS, k);
    double[] n = new double[k];
    double[][] f = new double[k][d];
    double[] ll = new double[k];
    double[] best = new double[topC];
    for (SpeechFeatures recording : recordings) {
      for (float[] x : recording.vectors()) {
        ubm.componentLogLikelihoods(x, ll);
        int[] top = TopComponents.select(ll, topC);
        for (int j = 0; j < topC; j++) {
          best[j] = ll[top[j]];
        }
        double total = DiagonalGmm.logSumExp(best, topC);
        for (int j = 0; j < topC; j++) {
          double post = Math.exp(best[j] - total);
          int c = top[j];
          n[c] += post;
          for (int i = 0; i < d; i++) {
            f[c][i] += post * x[i];
          }
        }
      }
    }
    float[][] means = new float[k][d];
    for (int c = 0; c < k; c++) {
      double alpha = n[c] / (n[c] + relevance);
      float[] prior = ubm.mean(c);
      for (int i = 0; i < d; i++) {
        double dataMean = n[c] > 0 ? f[c][i] / n[c] : prior[i];
        means[c][i] = (float) (alpha * dataMean + (1 - alpha) * prior[i]);
      }
    }
    return means;
  }
}
