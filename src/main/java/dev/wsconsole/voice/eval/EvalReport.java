package dev.wsconsole.voice.eval;

import java.io.PrintStream;
import java.util.List;

/** Prints the figures of one evaluation run. */
final class EvalReport {
  private final EvalOptions options;
  private final Corpus corpus;
  private final double[] target;
  private final double[] nonTarget;
  private final Timings timings;

  EvalReport(EvalOptions options, Corpus corpus, List<Double> target, List<Double> nonTarget, Timings timings) {
    this.options = options;
    this.corpus = corpus;
    this.target = target.stream().mapToDouble(Double::doubleValue).toArray();
    this.nonTarget = nonTarget.stream().mapToDouble(Double::doubleValue).toArray();
    this.timings = timings;
  }

  void print(PrintStream out) {
    double cut = VoiceEval.scoreAtThreshold(options.threshold());
    int fr = count(target, cut, true);
    int fa = count(nonTarget, cut, false);
    out.printf("corpus            %s%s%n", corpus.folder(), options.clean() ? " (clean)" : "");
    out.printf("cohort            %s%n", options.singleUser() ? "built-in only (single-user workspace)"
        : "built-in + other enrolled models");
    out.printf("models / trials   %d / %d (%d target, %d non-target)%n", corpus.enrolment().size(),
        target.length + nonTarget.length, target.length, nonTarget.length);
    out.printf("EER               %.2f %%%n", 100 * DetectionMetrics.equalErrorRate(target, nonTarget));
    out.printf("minDCF(0.01)      %.3f%n", DetectionMetrics.minDcf(target, nonTarget, 0.01));
    out.printf("threshold         %.2f (similarity)%n", options.threshold());
    out.printf("false accepts     %.2f %% (%d of %d)%n", pct(fa, nonTarget.length), fa, nonTarget.length);
    out.printf("false rejects     %.2f %% (%d of %d)%n", pct(fr, target.length), fr, target.length);
    out.printf("trial time        %.1f ms median (features + scoring with cohort)%n", timings.medianTrialMs());
    out.printf("enrolment time    %.1f ms median per model (all enrolment samples)%n", timings.medianEnrolMs());
  }

  private static int count(double[] scores, double cut, boolean below) {
    int n = 0;
    for (double s : scores) {
      if (below ? s < cut : s >= cut) {
        n++;
      }
    }
    return n;
  }

  private static double pct(int n, int total) {
    return total == 0 ? 0 : 100.0 * n / total;
  }
}
