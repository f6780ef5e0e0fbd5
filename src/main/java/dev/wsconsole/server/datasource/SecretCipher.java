package dev.wsconsole.server.datasource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals data-source secrets with AES-256-GCM under a key that never enters the database. The
 * workspace id and data source id are the associated data, so a ciphertext copied to another row
 * or another workspace fails authentication instead of decrypting.
 */
public final class SecretCipher {
  /** Format byte in front of every ciphertext: version 1 = 12-byte nonce, then ciphertext and 16-byte tag. */
  private static final byte FORMAT_V1 = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKey key;

  private SecretCipher(byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("the data-source secret key must be 32 bytes (AES-256)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  public static SecretCipher of(byte[] key) {
    return new SecretCipher(key);
  }

  /** A cipher under a fresh random key (tests; nothing sealed with it survives the process). */
  public static SecretCipher random() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new SecretCipher(key);
  }

  /** Secrets did not decrypt: wrong key, tampered bytes, or bytes sealed for another row or workspace. */
  public static final class UnsealFailedException extends RuntimeException {
    UnsealFailedException(String why) {
      super(why);
    }
  }

  public byte[] seal(UUID workspaceId, UUID dataSourceId, String plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(associatedData(workspaceId, dataSourceId));
      byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT_V1).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  public String unseal(UUID workspaceId, UUID dataSourceId, byte[] sealed) {
    if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT_V1) {
      throw new UnsealFailedException("not a sealed secret of a known format");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
      c.updateAAD(associatedData(workspaceId, dataSourceId));
      byte[] plain = c.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new UnsealFailedException("secret does not authenticate for this workspace and data source");
    } catch (GeneralSecurityException e) {
      throw new UnsealFailedException("secret could not be decrypted");
    }
  }

  private static byte[] associatedData(UUID workspaceId, UUID dataSourceId) {
    return ("wsc:data-source-secrets:v1:" + workspaceId + ":" + dataSourceId).getBytes(StandardCharsets.UTF_8);
  }
}
