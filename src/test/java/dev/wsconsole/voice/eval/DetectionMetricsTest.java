package dev.wsconsole.voice.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DetectionMetricsTest {

  @Test
  void separatedScoresHaveNoErrors() {
    assertEquals(0, DetectionMetrics.equalErrorRate(new double[] {3, 4, 5}, new double[] {0, 1, 2}), 1e-9);
  }

  @Test
  void oneOverlapInFourGivesTwentyFivePercent() {
    double eer = DetectionMetrics.equalErrorRate(new double[] {1.5, 3, 4, 5}, new double[] {0, 1, 2, -1});
    assertEquals(0.25, eer, 1e-9);
  }

  @Test
  void minDcfOfAPerfectSystemIsZeroAndOfAUselessOneIsOne() {
    assertEquals(0, DetectionMetrics.minDcf(new double[] {3}, new double[] {0}, 0.01), 1e-9);
    assertEquals(1, DetectionMetrics.minDcf(new double[] {0}, new double[] {3}, 0.01), 1e-9);
  }
}
