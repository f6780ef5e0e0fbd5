package dev.wsconsole.server.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps a workspace's file-drop folders inside its own folder of the imports root ({@code <root>/<workspace id>})
 * by real path (a link cannot lead out), when a configuration is written and again before each sync reads. Its
 * refusals name a folder only relative to the workspace's folder, never the server's own paths (decision 0036).
 */
public final class DropFolderConfinement {
  private DropFolderConfinement() {}

  /** Why {@code folder} (absolute, without '..') is refused under {@code root} (the workspace's folder), or empty. */
  public static Optional<String> refusal(Path folder, Path root) {
    Path f = folder.normalize();
    if (!f.startsWith(root) || f.equals(root)) {
      return Optional.of("Should be a folder inside this workspace's imports folder (<imports root>/<workspace id>/...)");
    }
    Path existing = f;
    while (existing != null && existing.startsWith(root) && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !existing.startsWith(root) || !Files.exists(root)) {
      return Optional.empty(); // nothing under the root exists yet, so no link can lead out of it
    }
    try {
      Path real = existing.toRealPath();
      Path realRoot = root.toRealPath();
      return real.startsWith(realRoot) ? Optional.empty()
          : Optional.of("Should stay inside this workspace's imports folder: a link at " + named(existing, root)
              + " leads elsewhere");
    } catch (IOException e) {
      return Optional.of("Could not be resolved inside this workspace's imports folder");
    }
  }

  /** At sync time: the folder must exist, and really be inside the root. */
  public static void checkBeforeReading(Path folder, Path root) throws IOException {
    Optional<String> why = refusal(folder, root);
    if (why.isPresent()) {
      throw new IOException("drop folder " + named(folder, root) + " is not read: " + why.get());
    }
    if (!Files.isDirectory(folder)) {
      throw new IOException("drop folder " + named(folder, root) + " does not exist or is not a folder");
    }
  }

  /** {@code folder} as the workspace sees it: relative to its imports folder, or just "outside" it. */
  public static String named(Path folder, Path root) {
    Path f = folder.normalize();
    return f.startsWith(root) && !f.equals(root) ? "'" + root.relativize(f) + "' (in this workspace's imports folder)"
        : "(outside this workspace's imports folder)";
  }
}
