package dev.wsconsole.voice.eval;

import dev.wsconsole.voice.ScoreCalibration;
import dev.wsconsole.voice.SpeakerVerifier;
import dev.wsconsole.voice.features.FeatureExtractor;
import dev.wsconsole.voice.features.SpeechFeatures;
import dev.wsconsole.voice.model.BackgroundModel;
import dev.wsconsole.voice.model.Voiceprint;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates enrolment and verification on a corpus: EER, minDCF, errors at the default threshold, timing.
 * Usage: {@code voice-eval --corpus DIR [--clean] [--single-user] [--threshold T] [--model ubm.bin] [--scores]}.
 */
public final class VoiceEval {
  private VoiceEval() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Runs the evaluation; returns a process exit code. */
  public static int run(String[] args, PrintStream out) {
    EvalOptions options;
    try {
      options = EvalOptions.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("voice-eval: " + e.getMessage());
      out.println("usage: voice-eval --corpus DIR [--clean] [--single-user] [--threshold T] [--model FILE] [--scores]");
      return 2;
    }
    try {
      evaluate(options, out);
      return 0;
    } catch (Exception e) {
      out.println("voice-eval: failed: " + e);
      return 1;
    }
  }

  private static void evaluate(EvalOptions options, PrintStream out) throws Exception {
    BackgroundModel background = options.model() == null ? BackgroundModel.loadDefault()
        : readModel(options.model());
    SpeakerVerifier verifier = new SpeakerVerifier(background);
    FeatureExtractor extractor = new FeatureExtractor();
    Corpus corpus = Corpus.read(options.corpus());
    Timings timings = new Timings();

    Map<String, Voiceprint> models = new LinkedHashMap<>();
    for (Map.Entry<String, List<Path>> e : corpus.enrolment().entrySet()) {
      List<byte[]> wavs = new ArrayList<>();
      for (Path p : e.getValue()) {
        wavs.add(Files.readAllBytes(p));
      }
      long t0 = System.nanoTime();
      var result = verifier.enroll(wavs);
      timings.enrol(System.nanoTime() - t0);
      if (!result.enrolled()) {
        throw new IllegalStateException("enrolment of " + e.getKey() + " refused: " + result.decision());
      }
      models.put(e.getKey(), Voiceprint.fromBytes(result.voiceprint()));
    }
    List<String> names = new ArrayList<>(models.keySet());
    List<Voiceprint> prints = new ArrayList<>(models.values());

    Map<Path, double[]> scoresByTest = new LinkedHashMap<>();
    for (Corpus.Trial trial : corpus.trials()) {
      if (scoresByTest.containsKey(trial.test())) {
        continue;
      }
      byte[] wav = Files.readAllBytes(trial.test());
      long t0 = System.nanoTime();
      SpeechFeatures features = extractor.features(wav);
      verifier.verifyFeatures(features, models.get(trial.model()),
          options.singleUser() ? List.of() : prints, options.threshold());
      timings.trial(System.nanoTime() - t0);
      scoresByTest.put(trial.test(), verifier.calibratedScoresAgainstEach(features, prints, !options.singleUser()));
    }
    List<Double> target = new ArrayList<>();
    List<Double> nonTarget = new ArrayList<>();
    for (Corpus.Trial trial : corpus.trials()) {
      double z = scoresByTest.get(trial.test())[names.indexOf(trial.model())];
      (trial.target() ? target : nonTarget).add(z);
      if (options.printScores()) {
        out.printf("score %s %s %s %.3f%n", trial.model(), trial.test().getFileName(), trial.target(), z);
      }
    }
    new EvalReport(options, corpus, target, nonTarget, timings).print(out);
  }

  private static BackgroundModel readModel(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return BackgroundModel.read(in);
    }
  }

  /** Normalised score at which the calibrated similarity equals {@code threshold}. */
  static double scoreAtThreshold(double threshold) {
    double lo = -50;
    double hi = 50;
    for (int i = 0; i < 100; i++) {
      double mid = (lo + hi) / 2;
      if (ScoreCalibration.similarity(mid) < threshold) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  static double defaultThreshold() {
    return VoiceDefaults.DEFAULT_THRESHOLD;
  }
}
