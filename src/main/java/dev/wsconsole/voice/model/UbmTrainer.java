package dev.wsconsole.voice.model;

import dev.wsconsole.voice.features.FeatureExtractor;
import dev.wsconsole.voice.features.SpeechFeatures;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the background model from the speech made by {@code src/main/scripts/voice/make-speech.sh --mode ubm}.
 * Usage: {@code UbmTrainer --list DIR/ubm/list.tsv [--components 256] [--max-frames 120000] [--cohort 16] --out ubm.bin}.
 */
public final class UbmTrainer {
  private UbmTrainer() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    Path list = Path.of(opts.getOrDefault("--list", "target/voice-speech/ubm/list.tsv"));
    int components = Integer.parseInt(opts.getOrDefault("--components", "256"));
    int maxFrames = Integer.parseInt(opts.getOrDefault("--max-frames", "120000"));
    int cohortSize = Integer.parseInt(opts.getOrDefault("--cohort", "16"));
    Path out = Path.of(opts.getOrDefault("--out", "src/main/resources/dev/wsconsole/voice/ubm.bin"));
    train(list, components, maxFrames, cohortSize, out, System.out);
  }

  static void train(Path list, int components, int maxFrames, int cohortSize, Path out, PrintStream log) throws IOException {
    Map<String, List<SpeechFeatures>> bySpeaker = new LinkedHashMap<>();
    Map<String, List<SpeechFeatures>> enrolmentBySpeaker = new LinkedHashMap<>();
    FeatureExtractor extractor = new FeatureExtractor();
    long t0 = System.nanoTime();
    for (String line : Files.readAllLines(list)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      SpeechFeatures f;
      try {
        f = extractor.features(Files.readAllBytes(list.resolveSibling(cols[1])));
      } catch (Exception e) {
        throw new IOException("cannot read " + cols[1], e);
      }
      bySpeaker.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(f);
      if (cols[1].contains("_enroll1") || cols[1].contains("_enroll2")) {
        enrolmentBySpeaker.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(f);
      }
    }
    List<float[]> pool = new ArrayList<>();
    bySpeaker.values().forEach(fs -> fs.forEach(f -> pool.addAll(List.of(f.vectors()))));
    log.printf("features: %d speakers, %d speech frames, %.1f s%n", bySpeaker.size(), pool.size(),
        (System.nanoTime() - t0) / 1e9);
    float[][] data = subsample(pool, maxFrames);
    DiagonalGmm ubm = new GmmTrainer(4, 8).train(data, components, log);
    log.printf("UBM trained: %d x %d, %.1f s%n", ubm.components(), ubm.dimension(), (System.nanoTime() - t0) / 1e9);
    MapAdapter adapter = new MapAdapter(ubm, VoiceDefaults.MAP_RELEVANCE);
    List<float[][]> cohort = new ArrayList<>();
    // Evenly spread background speakers, enrolled on two passages like a real user, act as impostors.
    List<List<SpeechFeatures>> enrolments = new ArrayList<>(enrolmentBySpeaker.values());
    double step = enrolments.size() / (double) Math.min(cohortSize, enrolments.size());
    for (double i = 0; i < enrolments.size(); i += step) {
      cohort.add(adapter.adaptMeans(enrolments.get((int) i)));
    }
    BackgroundModel model = new BackgroundModel(VoiceDefaults.FEATURE_VERSION, ubm, cohort);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, model.toBytes());
    log.printf("wrote %s: %d bytes, cohort of %d%n", out, Files.size(out), cohort.size());
  }

  private static float[][] subsample(List<float[]> pool, int max) {
    if (pool.size() <= max) {
      return pool.toArray(new float[0][]);
    }
    float[][] data = new float[max][];
    double step = pool.size() / (double) max;
    for (int i = 0; i < max; i++) {
      data[i] = pool.get((int) (i * step));
    }
    return data;
  }
}
