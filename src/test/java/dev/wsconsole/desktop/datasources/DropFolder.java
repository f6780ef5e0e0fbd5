package dev.wsconsole.desktop.datasources;

import dev.wsconsole.server.fhir.SourceConfinement;
import dev.wsconsole.testing.TestApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The committed FHIR file-drop bundles (three patients, one malformed; see src/test/resources/fhir/drop),
 * copied into the workspace's folder of a temporary imports root, the only place a drop source may read.
 */
final class DropFolder {
  private static final String[] BUNDLES = {"01-clinic-day.json", "02-with-malformed.json"};

  private DropFolder() {}

  /** Points the backend at a fresh imports root (once per backend) and returns {@code <root>/<ws>/drop}. */
  static String stage(TestApi api, UUID ws) {
    try {
      Path root = api.backend.importTargets.get().importsRoot();
      if (!root.getFileName().toString().startsWith("wsc-test-imports")) {
        root = Files.createTempDirectory("wsc-test-imports");
        api.backend.importTargets.set(new SourceConfinement(root, true));
      }
      Path drop = Files.createDirectories(root.resolve(ws.toString()).resolve("drop"));
      for (String bundle : BUNDLES) {
        try (InputStream in = DropFolder.class.getResourceAsStream("/fhir/drop/" + bundle)) {
          Files.copy(in, drop.resolve(bundle), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return drop.toRealPath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
