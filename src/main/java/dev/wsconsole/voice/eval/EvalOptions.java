package dev.wsconsole.voice.eval;

import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.nio.file.Path;

/**
 * Command-line options of {@link VoiceEval}.
 *
 * @param corpus corpus folder (DIR with dev/ inside, or the set folder itself)
 * @param clean label the run as the clean variant of the corpus
 * @param singleUser use only the built-in cohort, as a workspace with one enrolled member would
 * @param threshold similarity threshold for the accept/reject counts
 * @param model optional background model file instead of the shipped one
 * @param printScores print every trial's calibrated score (model, test, target, score)
 */
record EvalOptions(Path corpus, boolean clean, boolean singleUser, double threshold, Path model,
    boolean printScores) {

  static EvalOptions parse(String[] args) {
    Path corpus = null;
    boolean clean = false;
    boolean single = false;
    double threshold = VoiceDefaults.DEFAULT_THRESHOLD;
    Path model = null;
    boolean scores = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "voice-eval" -> { }
        case "--corpus" -> corpus = Path.of(value(args, ++i));
        case "--clean" -> clean = true;
        case "--single-user" -> single = true;
        case "--threshold" -> threshold = Double.parseDouble(value(args, ++i));
        case "--model" -> model = Path.of(value(args, ++i));
        case "--scores" -> scores = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException("--corpus DIR is required");
    }
    return new EvalOptions(corpus, clean, single, threshold, model, scores);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("missing value after " + args[i - 1]);
    }
    return args[i];
  }
}
