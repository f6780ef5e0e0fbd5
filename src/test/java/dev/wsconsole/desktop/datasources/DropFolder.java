package dev.wsconsole.desktop.datasources;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The committed FHIR file-drop bundles (three patients, one malformed; see src/test/resources/fhir/drop). */
final class DropFolder {
  private DropFolder() {}

  static String path() {
    try {
      return Path.of(DropFolder.class.getResource("/fhir/drop/01-clinic-day.json").toURI()).getParent().toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
