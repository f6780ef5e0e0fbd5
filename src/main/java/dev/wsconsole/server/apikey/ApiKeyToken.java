package dev.wsconsole.server.apikey;

import dev.wsconsole.server.core.Secrets;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The text of an API key: {@code wsk_<workspace id, 32 hex>_<secret, 40 base62>_<checksum, 6 base62>}.
 *
 * <p>The recognizable prefix lets secret scanners find leaked keys; the checksum rejects typos and
 * random guesses before any database lookup; the workspace id routes the lookup to that workspace's
 * row-level-security scope, so no global key table is needed. About 238 bits of secret.
 */
public record ApiKeyToken(UUID workspaceId, String text) {
  public static final String PREFIX = "wsk_";
  private static final int SECRET_LENGTH = 40;
  private static final java.util.regex.Pattern HEX32 = java.util.regex.Pattern.compile("[0-9a-f]{32}");

  public static ApiKeyToken generate(UUID workspaceId) {
    String body = PREFIX + workspaceId.toString().replace("-", "") + "_" + Secrets.randomBase62(SECRET_LENGTH);
    return new ApiKeyToken(workspaceId, body + "_" + checksum(body));
  }

  /** Parses and verifies the checksum; empty for anything that is not a well-formed key. */
  public static Optional<ApiKeyToken> parse(String text) {
    if (text == null || !text.startsWith(PREFIX) || text.length() != PREFIX.length() + 32 + 1 + SECRET_LENGTH + 1 + 6) {
      return Optional.empty();
    }
    String body = text.substring(0, text.length() - 7);
    if (text.charAt(text.length() - 7) != '_' || !Secrets.constantTimeEquals(checksum(body), text.substring(text.length() - 6))) {
      return Optional.empty();
    }
    String hex = text.substring(PREFIX.length(), PREFIX.length() + 32);
    if (!HEX32.matcher(hex).matches()) {
      return Optional.empty();
    }
    UUID workspace = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
        Long.parseUnsignedLong(hex.substring(16), 16));
    return Optional.of(new ApiKeyToken(workspace, text));
  }

  /** The part shown in lists, enough to recognise a key, never to use it. */
  public String displayPrefix() {
    return text.substring(0, PREFIX.length() + 32 + 1 + 6);
  }

  public byte[] digest() {
    return Secrets.sha256(text);
  }

  private static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return Secrets.base62(crc.getValue(), 6);
  }

  @Override
  public String toString() {
    return displayPrefix() + "...";
  }
}
