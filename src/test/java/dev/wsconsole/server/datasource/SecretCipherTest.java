package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing: round trip, fresh nonces, and refusal of anything not sealed for this row with this key. */
class SecretCipherTest {
  private final SecretCipher cipher = SecretCipher.random();
  private final UUID ws = UUID.randomUUID();
  private final UUID id = UUID.randomUUID();

  @Test
  void aSealedSecretOpensForItsOwnWorkspaceAndRow() {
    byte[] sealed = cipher.seal(ws, id, "{\"/password\":\"hunter2\"}");
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("hunter2"));
    assertEquals("{\"/password\":\"hunter2\"}", cipher.unseal(ws, id, sealed));
  }

  @Test
  void sealingTwiceGivesDifferentBytes() {
    assertFalse(java.util.Arrays.equals(cipher.seal(ws, id, "same"), cipher.seal(ws, id, "same")));
  }

  @Test
  void anotherWorkspaceOrRowCannotOpenIt() {
    byte[] sealed = cipher.seal(ws, id, "secret");
    assertThrows(SecretCipher.UnsealFailedException.class, () -> cipher.unseal(UUID.randomUUID(), id, sealed));
    assertThrows(SecretCipher.UnsealFailedException.class, () -> cipher.unseal(ws, UUID.randomUUID(), sealed));
  }

  @Test
  void anotherKeyOrAFlippedBitCannotOpenIt() {
    byte[] sealed = cipher.seal(ws, id, "secret");
    assertThrows(SecretCipher.UnsealFailedException.class, () -> SecretCipher.random().unseal(ws, id, sealed));
    sealed[sealed.length - 1] ^= 1;
    assertThrows(SecretCipher.UnsealFailedException.class, () -> cipher.unseal(ws, id, sealed));
    assertThrows(SecretCipher.UnsealFailedException.class, () -> cipher.unseal(ws, id, new byte[] {1, 2, 3}));
  }

  @Test
  void aKeyMustBeThirtyTwoBytes() {
    assertThrows(IllegalArgumentException.class, () -> SecretCipher.of(new byte[16]));
  }
}
