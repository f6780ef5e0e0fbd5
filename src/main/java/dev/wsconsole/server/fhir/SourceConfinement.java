package dev.wsconsole.server.fhir;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where data-source imports may read from (decision 0022): file-drop folders only under the workspace's own
 * folder of {@code importsRoot},
 * FHIR servers only at addresses {@link TargetAddressRules} allows, loopback included only when
 * {@code allowLoopback} (the embedded console; {@code serve} refuses it unless told otherwise).
 */
public record SourceConfinement(Path importsRoot, boolean allowLoopback) {
  /** Overrides the imports root (default: {@code imports} in the data folder). */
  public static final String ROOT_ENV = "WSC_IMPORTS_ROOT";

  public SourceConfinement {
    importsRoot = importsRoot.toAbsolutePath().normalize();
  }

  /** The folder under which {@code ws}'s drop folders must be: {@code <imports root>/<workspace id>}. */
  public Path workspaceFolder(java.util.UUID ws) {
    return importsRoot.resolve(ws.toString());
  }

  /** {@code $WSC_IMPORTS_ROOT}, else {@code <dataDir>/imports}. */
  public static SourceConfinement of(Path dataDir, Map<String, String> env, boolean allowLoopback) {
    String root = env.get(ROOT_ENV);
    return new SourceConfinement(root != null && !root.isBlank() ? Path.of(root.strip()) : dataDir.resolve("imports"),
        allowLoopback);
  }
}
