package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.db.DatabaseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the secret key comes from: a 0600 key file in the data folder, or WSC_SECRET_KEY; never the database. */
class SecretKeySourceTest {
  @TempDir
  Path dir;

  private DatabaseOptions embedded() {
    return new DatabaseOptions(dir, null, null, 4);
  }

  @Test
  void theKeyFileIsCreatedOwnerOnlyAndReusedOnTheNextStart() throws Exception {
    SecretCipher first = SecretKeySource.resolve(embedded(), Map.of());
    Path file = dir.resolve(SecretKeySource.FILE);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    UUID ws = UUID.randomUUID();
    UUID id = UUID.randomUUID();
    byte[] sealed = first.seal(ws, id, "kept across restarts");
    assertEquals("kept across restarts", SecretKeySource.resolve(embedded(), Map.of()).unseal(ws, id, sealed));
  }

  @Test
  void aKeyFileOthersCanReadIsRefused() throws Exception {
    SecretKeySource.resolve(embedded(), Map.of());
    Files.setPosixFilePermissions(dir.resolve(SecretKeySource.FILE), PosixFilePermissions.fromString("rw-r--r--"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SecretKeySource.resolve(embedded(), Map.of()));
    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
  }

  @Test
  void anExternalDatabaseNeedsTheEnvironmentKey() throws Exception {
    DatabaseOptions external = new DatabaseOptions(dir, "postgresql://admin:pw@db:5432/console", null, 4);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SecretKeySource.resolve(external, Map.of()));
    assertTrue(e.getMessage().contains(SecretKeySource.ENV), e.getMessage());
    byte[] key = new byte[32];
    key[0] = 7;
    SecretCipher fromEnv = SecretKeySource.resolve(external,
        Map.of(SecretKeySource.ENV, Base64.getEncoder().encodeToString(key)));
    UUID ws = UUID.randomUUID();
    assertEquals("x", SecretCipher.of(key).unseal(ws, ws, fromEnv.seal(ws, ws, "x")));
    assertTrue(Files.notExists(dir.resolve(SecretKeySource.FILE)), "no key file when the environment gives one");
  }

  @Test
  void anEnvironmentKeyOfTheWrongLengthIsRefused() {
    assertThrows(IllegalStateException.class, () -> SecretKeySource.resolve(embedded(),
        Map.of(SecretKeySource.ENV, Base64.getEncoder().encodeToString(new byte[16]))));
  }
}
