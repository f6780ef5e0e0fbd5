package dev.wsconsole.server.compliance;

import dev.wsconsole.server.db.TenantTx;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Every API key of a workspace, revoked and expired ones included, for the access review and the reports. */
public final class CredentialReviewStore {
  private final TenantTx tx;

  public CredentialReviewStore(TenantTx tx) {
    this.tx = tx;
  }

  /** One key as a reviewer sees it (never its digest). */
  public record Credential(UUID id, String name, String role, UUID createdBy, String keyPrefix, Instant createdAt,
                           Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {}

  public List<Credential> all(UUID ws) {
    return tx.query(ws, "SELECT id, name, role::text AS role, created_by, key_prefix, created_at, expires_at,"
        + " revoked_at, last_used_at FROM console.api_keys WHERE workspace_id = ? ORDER BY created_at, id",
        rs -> new Credential(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("role"),
            rs.getObject("created_by", UUID.class), rs.getString("key_prefix"), at(rs, "created_at"),
            at(rs, "expires_at"), at(rs, "revoked_at"), at(rs, "last_used_at")), ws);
  }

  private static Instant at(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
