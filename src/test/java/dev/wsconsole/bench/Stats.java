package dev.wsconsole.bench;

import java.util.Arrays;

/** Medians and percentiles of nanosecond samples, printed in milliseconds. */
final class Stats {
  private final long[] samples;

  Stats(long[] samples) {
    this.samples = samples.clone();
    Arrays.sort(this.samples);
  }

  double percentileMs(double p) {
    int index = (int) Math.min(samples.length - 1, Math.max(0, Math.ceil(p / 100.0 * samples.length) - 1));
    return samples[index] / 1_000_000.0;
  }

  double medianMs() {
    return percentileMs(50);
  }

  @Override
  public String toString() {
    return String.format("median %.3f ms, p90 %.3f ms, p99 %.3f ms (n=%d)",
        medianMs(), percentileMs(90), percentileMs(99), samples.length);
  }
}
