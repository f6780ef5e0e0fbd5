package dev.wsconsole.server.datasource;

import dev.wsconsole.server.db.DatabaseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Where the data-source secret key comes from: {@code WSC_SECRET_KEY} (base64 of 32 bytes, shared by
 * every {@code serve} node of an external database), or else a key file in the embedded data folder,
 * created with mode 0600 on first use, like the superuser password in {@code secrets.properties}.
 */
public final class SecretKeySource {
  public static final String ENV = "WSC_SECRET_KEY";
  public static final String FILE = "data-source-secrets.key";

  private SecretKeySource() {}

  public static SecretCipher resolve(DatabaseOptions options, Map<String, String> env) throws IOException {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return SecretCipher.of(decode(fromEnv.strip(), ENV));
    }
    if (options.external()) {
      throw new IllegalStateException("serve against an external database needs " + ENV
          + " (base64 of 32 random bytes, e.g. `openssl rand -base64 32`), the same on every node:"
          + " data-source secrets are encrypted under it and it must not live in the database");
    }
    return SecretCipher.of(keyFile(options.dataDir()));
  }

  /** Reads the key file, creating it (0600, atomically) when missing; refuses a file others may read. */
  static byte[] keyFile(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      Files.createDirectories(dataDir);
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Path tmp = dataDir.resolve(FILE + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
    if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
      throw new IllegalStateException(file + " is readable by others; run `chmod 600 " + file + "`");
    }
    return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
  }

  private static byte[] decode(String text, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " is not base64");
    }
    if (key.length != 32) {
      throw new IllegalStateException(where + " must hold 32 bytes (base64), not " + key.length);
    }
    return key;
  }
}
