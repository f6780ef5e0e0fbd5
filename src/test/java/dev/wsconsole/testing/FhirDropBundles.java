package dev.wsconsole.testing;

import dev.wsconsole.server.fhir.SourceConfinement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The committed FHIR file-drop bundles (src/test/resources/fhir/drop: three patients, one malformed
 * resource), staged where a drop source may read them: a workspace's folder of a temporary imports root.
 */
public final class FhirDropBundles {
  private FhirDropBundles() {}

  /** Points {@code api}'s backend at a fresh, empty temporary imports root and returns it. */
  public static Path useTemporaryImportsRoot(TestApi api) {
    try {
      Path root = Files.createTempDirectory("wsc-imports");
      api.backend.importTargets().set(new SourceConfinement(root, true));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the committed bundles into {@code <root>/<ws>/drop} and returns that folder. */
  public static Path stage(Path importsRoot, UUID ws) {
    try {
      Path drop = Files.createDirectories(importsRoot.resolve(ws.toString()).resolve("drop"));
      try (var files = Files.list(committed())) {
        for (Path f : files.toList()) {
          Files.copy(f, drop.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return drop;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed bundles' own folder (test resources: read, never import from it). */
  public static Path committed() {
    try {
      return Path.of(FhirDropBundles.class.getResource("/fhir/drop/01-clinic-day.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
