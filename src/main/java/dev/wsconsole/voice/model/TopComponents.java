package dev.wsconsole.voice.model;

/** Picks the indices of the largest values (a partial selection, best first). */
final class TopComponents {
  private TopComponents() {
  }

  static int[] select(double[] values, int count) {
    int[] best = new int[count];
    double[] bestValues = new double[count];
    java.util.Arrays.fill(bestValues, Double.NEGATIVE_INFINITY);
    for (int c = 0; c < values.length; c++) {
      double v = values[c];
      if (v <= bestValues[count - 1]) {
        continue;
      }
      int j = count - 1;
      while (j > 0 && bestValues[j - 1] < v) {
        bestValues[j] = bestValues[j - 1];
        best[j] = best[j - 1];
        j--;
      }
      bestValues[j] = v;
      best[j] = c;
    }
    return best;
  }
}
