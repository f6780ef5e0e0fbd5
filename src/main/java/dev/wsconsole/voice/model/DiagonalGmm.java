package dev.wsconsole.voice.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Gaussian mixture with diagonal covariances; evaluates per-component log-likelihoods of feature vectors. */
public final class DiagonalGmm {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private final double[] weights;
  private final float[][] means;
  private final float[][] variances;
  private final float[][] precisions;
  private final double[] logConstants;

  public DiagonalGmm(double[] weights, float[][] means, float[][] variances) {
    this.weights = weights.clone();
    this.means = means;
    this.variances = variances;
    int k = weights.length;
    int d = means[0].length;
    precisions = new float[k][d];
    logConstants = new double[k];
    for (int c = 0; c < k; c++) {
      double logDet = 0;
      for (int i = 0; i < d; i++) {
        precisions[c][i] = 1f / variances[c][i];
        logDet += Math.log(variances[c][i]);
      }
      logConstants[c] = Math.log(Math.max(weights[c], 1e-30)) - 0.5 * (d * LOG_2PI + logDet);
    }
  }

  public int components() {
    return weights.length;
  }

  public int dimension() {
    return means[0].length;
  }

  public double weight(int c) {
    return weights[c];
  }

  /** Mean vector of a component (shared; do not modify). */
  public float[] mean(int c) {
    return means[c];
  }

  /** Variance vector of a component (shared; do not modify). */
  public float[] variance(int c) {
    return variances[c];
  }

  /** Weighted log-likelihood of x under component c, with the component mean replaced by {@code mean}. */
  public double componentLogLikelihood(float[] x, int c, float[] mean) {
    float[] p = precisions[c];
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      float diff = x[i] - mean[i];
      sum += diff * diff * p[i];
    }
    return logConstants[c] - 0.5 * sum;
  }

  /** Fills {@code out} with the weighted log-likelihood of x under every component. */
  public void componentLogLikelihoods(float[] x, double[] out) {
    for (int c = 0; c < weights.length; c++) {
      out[c] = componentLogLikelihood(x, c, means[c]);
    }
  }

  /** log(sum(exp(values[0..n)))), stable. */
  public static double logSumExp(double[] values, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, values[i]);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.exp(values[i] - max);
    }
    return max + Math.log(sum);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(components());
    out.writeInt(dimension());
    for (int c = 0; c < components(); c++) {
      out.writeFloat((float) weights[c]);
      for (int i = 0; i < dimension(); i++) {
        out.writeFloat(means[c][i]);
      }
      for (int i = 0; i < dimension(); i++) {
        out.writeFloat(variances[c][i]);
      }
    }
  }

  static DiagonalGmm read(DataInputStream in) throws IOException {
    int k = in.readInt();
    int d = in.readInt();
    double[] w = new double[k];
    float[][] m = new float[k][d];
    float[][] v = new float[k][d];
    for (int c = 0; c < k; c++) {
      w[c] = in.readFloat();
      for (int i = 0; i < d; i++) {
        m[c][i] = in.readFloat();
      }
      for (int i = 0; i < d; i++) {
        v[c][i] = in.readFloat();
      }
    }
    return new DiagonalGmm(w, m, v);
  }
}
