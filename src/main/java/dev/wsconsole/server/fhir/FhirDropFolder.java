package dev.wsconsole.server.fhir;

import dev.wsconsole.server.fhir.FhirSourceRules.DropFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a file-drop folder: every regular {@code *.json} file directly in it (no subfolders, no links),
 * in name order, each parsed as a Bundle or a single resource. A file too large or unreadable is a problem.
 */
public final class FhirDropFolder {
  /** Larger files are skipped with a problem: a Bundle is parsed in memory. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  private final FhirJson json;

  public FhirDropFolder(FhirJson json) {
    this.json = json;
  }

  /** Hands each file's page to {@code pages}; throws when the folder cannot be listed or is outside the root. */
  public void read(DropFolder input, Path workspaceFolder, Consumer<FhirJson.Page> pages) throws IOException {
    Path folder = input.folder();
    DropFolderConfinement.checkBeforeReading(folder, workspaceFolder);
    List<Path> files;
    // List the folder as just resolved, so a link swapped in after the check changes nothing.
    try (Stream<Path> listing = Files.list(folder.toRealPath())) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) { // its message would hold the server's absolute path
      throw new IOException("drop folder " + DropFolderConfinement.named(folder, workspaceFolder)
          + " could not be listed (" + e.getClass().getSimpleName() + ")");
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        if (Files.size(file) > MAX_FILE_BYTES) {
          pages.accept(problem(name, "file is larger than " + MAX_FILE_BYTES + " bytes"));
          continue;
        }
        pages.accept(json.read(Files.readString(file, StandardCharsets.UTF_8), name));
      } catch (IOException e) {
        pages.accept(problem(name, "unreadable: " + e.getClass().getSimpleName()));
      }
    }
  }

  private static FhirJson.Page problem(String where, String message) {
    return new FhirJson.Page(List.of(), List.of(new FhirProblem(null, null, where, message)), null);
  }
}
