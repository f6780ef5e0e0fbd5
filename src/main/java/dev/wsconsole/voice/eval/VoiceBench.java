package dev.wsconsole.voice.eval;

import dev.wsconsole.voice.SpeakerVerifier;
import dev.wsconsole.voice.features.FeatureExtractor;
import dev.wsconsole.voice.features.SpeechFeatures;
import dev.wsconsole.voice.model.BackgroundModel;
import dev.wsconsole.voice.model.Voiceprint;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures warm enrolment and verification times on a corpus (median of many runs after warm-up).
 * Usage: {@code VoiceBench [--corpus DIR] [--runs N]}.
 */
public final class VoiceBench {
  private VoiceBench() {
  }

  public static void main(String[] args) throws Exception {
    Path corpusDir = Path.of("target/voice-corpus");
    int runs = 50;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--corpus")) {
        corpusDir = Path.of(args[i + 1]);
      } else if (args[i].equals("--runs")) {
        runs = Integer.parseInt(args[i + 1]);
      }
    }
    run(Corpus.read(corpusDir), runs, System.out);
  }

  static void run(Corpus corpus, int runs, PrintStream out) throws Exception {
    SpeakerVerifier verifier = new SpeakerVerifier(BackgroundModel.loadDefault());
    FeatureExtractor extractor = new FeatureExtractor();
    List<byte[]> workspacePrints = new ArrayList<>();
    List<List<byte[]>> enrolments = new ArrayList<>();
    for (Map.Entry<String, List<Path>> e : corpus.enrolment().entrySet()) {
      List<byte[]> wavs = new ArrayList<>();
      for (Path p : e.getValue()) {
        wavs.add(Files.readAllBytes(p));
      }
      enrolments.add(wavs);
      workspacePrints.add(verifier.enroll(wavs).voiceprint());
    }
    byte[] testWav = closestToFourSeconds(corpus, extractor);
    byte[] claimed = workspacePrints.get(0);
    List<byte[]> cohort = workspacePrints.subList(1, workspacePrints.size());
    SpeechFeatures features = extractor.features(testWav);
    Voiceprint claimedPrint = Voiceprint.fromBytes(claimed);
    List<Voiceprint> cohortPrints = cohort.stream().map(Voiceprint::fromBytes).toList();

    int warmUp = Math.max(20, runs / 2);
    double verify = median(runs, warmUp, () -> verifier.verify(testWav, claimed, cohort));
    double verifyAlone = median(runs, warmUp, () -> verifier.verify(testWav, claimed, List.of()));
    double extract = median(runs, warmUp, () -> extractor.features(testWav));
    double score = median(runs, warmUp, () -> verifier.calibratedScore(features, claimedPrint, cohortPrints));
    double enrol = median(runs, warmUp, () -> verifier.enroll(enrolments.get(0)));
    double enrolSeconds = 0;
    for (byte[] wav : enrolments.get(0)) {
      enrolSeconds += extractor.features(wav).totalSeconds();
    }
    out.printf("machine           %d cores, %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.arch"));
    out.printf("test utterance    %.2f s (%.2f s speech), cohort %d workspace + built-in%n",
        features.totalSeconds(), features.speechSeconds(), cohort.size());
    out.printf("verify (WAV bytes -> decision), workspace cohort  %.1f ms median%n", verify);
    out.printf("verify, single-user workspace                    %.1f ms median%n", verifyAlone);
    out.printf("  of which feature extraction                    %.1f ms median%n", extract);
    out.printf("  of which scoring + normalisation               %.1f ms median%n", score);
    out.printf("enrol (%.1f s of WAV in %d files)                 %.1f ms median%n", enrolSeconds,
        enrolments.get(0).size(), enrol);
    out.printf("runs              %d timed after %d warm-up, top-C %d%n", runs, warmUp, VoiceDefaults.TOP_COMPONENTS);
  }

  private static byte[] closestToFourSeconds(Corpus corpus, FeatureExtractor extractor) throws Exception {
    byte[] best = null;
    double bestGap = Double.MAX_VALUE;
    for (Corpus.Trial trial : corpus.trials().subList(0, Math.min(40, corpus.trials().size()))) {
      byte[] wav = Files.readAllBytes(trial.test());
      double gap = Math.abs(extractor.features(wav).totalSeconds() - 4.0);
      if (gap < bestGap) {
        bestGap = gap;
        best = wav;
      }
    }
    return best;
  }

  private interface Work {
    Object run() throws Exception;
  }

  private static double median(int runs, int warmUp, Work work) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      work.run();
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      nanos.add(System.nanoTime() - t0);
    }
    return Timings.median(nanos);
  }
}
