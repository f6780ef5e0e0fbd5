package dev.wsconsole.server.auth;

import dev.wsconsole.server.core.Secrets;
import dev.wsconsole.server.db.TenantTx;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A sign-in session's last activity in each workspace (tenant table console_sessions), so that each
 * workspace's idle timeout counts only activity inside it.
 */
public final class SessionActivityStore {
  private final TenantTx tx;

  public SessionActivityStore(TenantTx tx) {
    this.tx = tx;
  }

  public Optional<Instant> lastSeen(UUID workspaceId, UUID sessionId) {
    return tx.call(workspaceId, h -> h.createQuery(
            "SELECT last_seen_at FROM console.console_sessions WHERE workspace_id = :ws AND id = :id")
        .bind("ws", workspaceId).bind("id", sessionId)
        .mapTo(OffsetDateTime.class).findOne().map(OffsetDateTime::toInstant));
  }

  public void touch(UUID workspaceId, UUID sessionId, UUID userId) {
    tx.run(workspaceId, h -> h.createUpdate("INSERT INTO console.console_sessions (workspace_id, id, user_id,"
            + " token_digest, last_seen_at) VALUES (:ws, :id, :user, :digest, now())"
            + " ON CONFLICT (workspace_id, id) DO UPDATE SET last_seen_at = now()")
        .bind("ws", workspaceId).bind("id", sessionId).bind("user", userId)
        .bind("digest", Secrets.sha256("session:" + sessionId)).execute());
  }
}
