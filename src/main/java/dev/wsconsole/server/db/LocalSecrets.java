package dev.wsconsole.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/** Secrets the embedded setup keeps beside its data folder, in a file only the user can read. */
public final class LocalSecrets {
  private static final String FILE = "secrets.properties";
  private static final String SUPERUSER_PASSWORD = "postgres.superuser.password";
  private final Path file;
  private final Properties values = new Properties();

  private LocalSecrets(Path file) {
    this.file = file;
  }

  public static LocalSecrets open(Path dataDir) throws IOException {
    LocalSecrets secrets = new LocalSecrets(dataDir.resolve(FILE));
    if (Files.exists(secrets.file)) {
      try (var in = Files.newInputStream(secrets.file)) {
        secrets.values.load(in);
      }
    }
    return secrets;
  }

  public Optional<String> superuserPassword() {
    return Optional.ofNullable(values.getProperty(SUPERUSER_PASSWORD)).filter(s -> !s.isBlank());
  }

  void saveSuperuserPassword(String password) throws IOException {
    values.setProperty(SUPERUSER_PASSWORD, password);
    Path tmp = file.resolveSibling(FILE + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try (var out = Files.newOutputStream(tmp)) {
      values.store(out, "Workspace Console local secrets: keep private");
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** A random 256-bit secret in URL-safe base64. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
