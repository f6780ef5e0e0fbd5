package dev.wsconsole.server.member;

import dev.wsconsole.server.core.Secrets;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The text of an invitation: {@code wsi_<workspace id, 32 hex>_<secret, 40 base62>_<checksum, 6 base62>}.
 *
 * <p>Like an API key, the workspace id inside the token routes the lookup to that workspace's
 * row-level-security scope (no global invitation table), the checksum rejects typos before any
 * database work, and only the SHA-256 digest is stored.
 */
public record InvitationToken(UUID workspaceId, String text) {
  public static final String PREFIX = "wsi_";
  private static final int SECRET_LENGTH = 40;
  private static final int LENGTH = PREFIX.length() + 32 + 1 + SECRET_LENGTH + 1 + 6;

  public static InvitationToken generate(UUID workspaceId) {
    String body = PREFIX + workspaceId.toString().replace("-", "") + "_" + Secrets.randomBase62(SECRET_LENGTH);
    return new InvitationToken(workspaceId, body + "_" + checksum(body));
  }

  /** Parses and verifies the checksum; empty for anything that is not a well-formed invitation token. */
  public static Optional<InvitationToken> parse(String text) {
    if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX) || text.charAt(LENGTH - 7) != '_') {
      return Optional.empty();
    }
    String body = text.substring(0, LENGTH - 7);
    if (!Secrets.constantTimeEquals(checksum(body), text.substring(LENGTH - 6))) {
      return Optional.empty();
    }
    String hex = text.substring(PREFIX.length(), PREFIX.length() + 32);
    if (!hex.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    UUID workspace = UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    return Optional.of(new InvitationToken(workspace, text));
  }

  public byte[] digest() {
    return Secrets.sha256(text);
  }

  private static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return Secrets.base62(crc.getValue(), 6);
  }

  @Override
  public String toString() {
    return PREFIX + workspaceId + "_...";
  }
}
