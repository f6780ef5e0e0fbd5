package dev.wsconsole.server.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Random secrets, their SHA-256 digests, base62 text and constant-time comparison. */
public final class Secrets {
  private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** {@code length} base62 characters from a CSPRNG (about 5.95 bits each). */
  public static String randomBase62(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = BASE62[RANDOM.nextInt(BASE62.length)];
    }
    return new String(out);
  }

  /** Encodes a non-negative number in base62, left-padded with '0' to {@code width}. */
  public static String base62(long value, int width) {
    char[] out = new char[width];
    for (int i = width - 1; i >= 0; i--) {
      out[i] = BASE62[(int) (value % 62)];
      value /= 62;
    }
    return new String(out);
  }

  public static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Compares without leaking, through timing, where the first difference is. */
  public static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
