package dev.wsconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A fresh clone needs nothing outside itself: no {@code ../shared} folder and no absolute paths of our machines. */
class RepositoryStandsAloneTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  /** What a user reads or runs: the README, the docs, the product, packaging, CI and the scripts. */
  private static final List<String> SCANNED = List.of("README.md", "docs", "src/main", "packaging", ".ci", "scripts",
      "src/test/scripts", "src/test/resources/contract/README.md");

  /** {@code ../shared}, or an absolute path under /work, /tmp or /root (not a part of a longer path or URL). */
  private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|(?<![\\w.~$}/-])/(?:work|tmp|root)/");

  /** Deliberate uses of the system /tmp that name nothing of our machines, each with the exact text allowed. */
  private static final Map<String, String> ALLOWED = Map.of(
      // the postgres user must reach the cluster folder, so it is not under a root-only $TMPDIR
      ".ci/external-postgres.sh", "mktemp -d /tmp/wsc-external-pg.XXXXXX",
      // the command as it was measured
      "docs/BENCHMARKS.md", "--data-dir /tmp/wsc-start");

  @Test
  void nothingPointsOutsideTheRepository() {
    List<String> found = new ArrayList<>();
    Set<String> allowanceUsed = new HashSet<>();
    for (Path file : scannedFiles()) {
      String name = ROOT.relativize(file).toString().replace('\\', '/');
      List<String> lines = textLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String allowed = ALLOWED.get(name);
        if (allowed != null && line.contains(allowed)) {
          allowanceUsed.add(name);
          line = line.replace(allowed, "");
        }
        if (OUTSIDE.matcher(line).find()) {
          found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertEquals(List.of(), found, "references outside the repository (use repo-relative paths to copies inside it)");
    assertEquals(ALLOWED.keySet(), allowanceUsed, "an allowance no longer needed: remove it from ALLOWED");
  }

  @Test
  void theCopiedMaterialIsInTheRepository() {
    for (String path : List.of("src/test/scripts/voice-corpus/README.md",
        "src/test/resources/contract/amigo-platform.openapi.json",
        "src/test/resources/contract/amigo-platform-subset.openapi.json",
        "src/test/resources/contract/LICENSE-amigo-platform-api.txt",
        "src/test/resources/contract/README.md")) {
      assertTrue(Files.isRegularFile(ROOT.resolve(path)), path);
    }
    assertTrue(Files.isExecutable(ROOT.resolve("src/test/scripts/voice-corpus/make-corpus.sh")),
        "src/test/scripts/voice-corpus/make-corpus.sh is executable");
  }

  private static List<Path> scannedFiles() {
    List<Path> files = new ArrayList<>();
    for (String start : SCANNED) {
      Path path = ROOT.resolve(start);
      if (!Files.exists(path)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertTrue(files.size() > 100, "the scan found the repository's files (found " + files.size() + ")");
    return files;
  }

  /** The file's lines, or none when it is binary (holds a NUL byte). */
  private static List<String> textLines(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      for (byte b : bytes) {
        if (b == 0) {
          return List.of();
        }
      }
      return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
