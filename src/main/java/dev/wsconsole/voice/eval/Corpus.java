package dev.wsconsole.voice.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verification corpus in the voice-corpus layout (src/test/scripts/voice-corpus/README.md): enroll.tsv
 * (model, comma-separated paths) and trials.tsv (model, test path, target|nontarget), paths relative to the
 * set folder.
 *
 * @param folder the set folder holding the lists
 * @param enrolment enrolment paths per model, in file order
 * @param trials every trial
 */
public record Corpus(Path folder, Map<String, List<Path>> enrolment, List<Trial> trials) {

  /** One trial: does {@code test} come from {@code model}'s speaker. */
  public record Trial(String model, Path test, boolean target) {
  }

  /** Reads DIR/dev/ when present, otherwise DIR itself. */
  public static Corpus read(Path dir) throws IOException {
    Path set = Files.exists(dir.resolve("dev/enroll.tsv")) ? dir.resolve("dev") : dir;
    if (!Files.exists(set.resolve("enroll.tsv")) || !Files.exists(set.resolve("trials.tsv"))) {
      throw new IOException("no enroll.tsv/trials.tsv under " + dir);
    }
    Map<String, List<Path>> enrolment = new LinkedHashMap<>();
    for (String[] row : rows(set.resolve("enroll.tsv"))) {
      List<Path> paths = new ArrayList<>();
      for (String p : row[1].split(",")) {
        paths.add(set.resolve(p.trim()));
      }
      enrolment.put(row[0], paths);
    }
    List<Trial> trials = new ArrayList<>();
    for (String[] row : rows(set.resolve("trials.tsv"))) {
      trials.add(new Trial(row[0], set.resolve(row[1]), "target".equals(row[2])));
    }
    return new Corpus(set, enrolment, trials);
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split("\t"));
      }
    }
    return rows;
  }
}
