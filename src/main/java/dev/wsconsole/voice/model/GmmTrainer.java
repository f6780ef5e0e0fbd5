package dev.wsconsole.voice.model;

/** Trains a diagonal GMM by binary splitting from one Gaussian, with EM at every size. */
public final class GmmTrainer {
  private static final float VARIANCE_FLOOR = 0.01f;
  private final int iterationsPerSize;
  private final int finalIterations;

  public GmmTrainer(int iterationsPerSize, int finalIterations) {
    this.iterationsPerSize = iterationsPerSize;
    this.finalIterations = finalIterations;
  }

  /** A mixture of {@code components} (a power of two) fitted to the data. */
  public DiagonalGmm train(float[][] data, int components, java.io.PrintStream log) {
    DiagonalGmm gmm = em(single(data), data);
    while (gmm.components() < components) {
      gmm = split(gmm);
      int iterations = gmm.components() == components ? finalIterations : iterationsPerSize;
      for (int it = 0; it < iterations; it++) {
        gmm = em(gmm, data);
      }
      log.printf("  %d components%n", gmm.components());
    }
    return gmm;
  }

  private static DiagonalGmm single(float[][] data) {
    int d = data[0].length;
    float[][] mean = new float[1][d];
    float[][] var = new float[1][d];
    for (float[] x : data) {
      for (int i = 0; i < d; i++) {
        mean[0][i] += x[i] / data.length;
      }
    }
    for (float[] x : data) {
      for (int i = 0; i < d; i++) {
        float diff = x[i] - mean[0][i];
        var[0][i] += diff * diff / data.length;
      }
    }
    return new DiagonalGmm(new double[] {1}, mean, var);
  }

  private static DiagonalGmm split(DiagonalGmm gmm) {
    int k = gmm.components();
    int d = gmm.dimension();
    double[] w = new double[2 * k];
    float[][] m = new float[2 * k][d];
    float[][] v = new float[2 * k][d];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < 2; j++) {
        w[2 * c + j] = gmm.weight(c) / 2;
        v[2 * c + j] = gmm.variance(c).clone();
        for (int i = 0; i < d; i++) {
          float offset = (float) (0.2 * Math.sqrt(gmm.variance(c)[i]));
          m[2 * c + j][i] = gmm.mean(c)[i] + (j == 0 ? offset : -offset);
        }
      }
    }
    return new DiagonalGmm(w, m, v);
  }

  /** One EM iteration. */
  static DiagonalGmm em(DiagonalGmm gmm, float[][] data) {
    int k = gmm.components();
    int d = gmm.dimension();
    double[] n = new double[k];
    double[][] f = new double[k][d];
    double[][] s = new double[k][d];
    double[] ll = new double[k];
    for (float[] x : data) {
      gmm.componentLogLikelihoods(x, ll);
      double total = DiagonalGmm.logSumExp(ll, k);
      for (int c = 0; c < k; c++) {
        double post = Math.exp(ll[c] - total);
        if (post < 1e-5) {
          continue;
        }
        n[c] += post;
        for (int i = 0; i < d; i++) {
          f[c][i] += post * x[i];
          s[c][i] += post * x[i] * x[i];
        }
      }
    }
    double[] w = new double[k];
    float[][] m = new float[k][d];
    float[][] v = new float[k][d];
    for (int c = 0; c < k; c++) {
      double nc = Math.max(n[c], 1e-3);
      w[c] = Math.max(n[c] / data.length, 1e-5);
      for (int i = 0; i < d; i++) {
        double mean = n[c] > 1e-3 ? f[c][i] / nc : gmm.mean(c)[i];
        m[c][i] = (float) mean;
        double var = n[c] > 1e-3 ? s[c][i] / nc - mean * mean : gmm.variance(c)[i];
        v[c][i] = (float) Math.max(var, VARIANCE_FLOOR);
      }
    }
    return new DiagonalGmm(w, m, v);
  }
}
