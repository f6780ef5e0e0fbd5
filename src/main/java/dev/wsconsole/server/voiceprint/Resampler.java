package dev.wsconsole.server.voiceprint;

/** Band-limited resampling of 16-bit mono audio (windowed-sinc interpolation with an anti-alias cutoff). */
final class Resampler {
  private static final int HALF_TAPS = 16;

  private Resampler() {}

  /** {@code samples} at {@code fromRate} re-sampled at {@code toRate}. */
  static short[] resample(short[] samples, int fromRate, int toRate) {
    if (fromRate == toRate) {
      return samples;
    }
    double step = fromRate / (double) toRate;
    double cutoff = Math.min(1.0, toRate / (double) fromRate); // below both Nyquist frequencies
    int n = (int) Math.floor(samples.length / step);
    short[] out = new short[n];
    for (int i = 0; i < n; i++) {
      out[i] = clip(interpolate(samples, i * step, cutoff));
    }
    return out;
  }

  private static double interpolate(short[] x, double t, double cutoff) {
    int centre = (int) Math.floor(t);
    int reach = (int) Math.ceil(HALF_TAPS / cutoff);
    double sum = 0;
    for (int k = centre - reach + 1; k <= centre + reach; k++) {
      if (k < 0 || k >= x.length) {
        continue;
      }
      double d = (t - k) * cutoff;
      double window = 0.5 + 0.5 * Math.cos(Math.PI * d / HALF_TAPS); // Hann over +-HALF_TAPS zero crossings
      sum += x[k] * cutoff * sinc(d) * (Math.abs(d) < HALF_TAPS ? window : 0);
    }
    return sum;
  }

  private static double sinc(double d) {
    return d == 0 ? 1 : Math.sin(Math.PI * d) / (Math.PI * d);
  }

  private static short clip(double v) {
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
  }
}
