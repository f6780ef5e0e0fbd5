package dev.wsconsole.server.auth;

import dev.wsconsole.server.core.Secrets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Console sign-in sessions (global, through SECURITY DEFINER functions); tokens stored as SHA-256 only.
 * Sessions are created only by a sign-in that proved the password ({@link SignInStore}).
 */
public final class SessionStore {
  public static final String PREFIX = "wss_";
  private final Jdbi jdbi;

  public SessionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A live session row. */
  public record Session(UUID id, UUID userId, Instant createdAt, Instant lastSeenAt) {}

  public Optional<Session> byToken(String token) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM app.session_by_digest(:digest)")
        .bind("digest", Secrets.sha256(token))
        .map((rs, ctx) -> new Session(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant()))
        .findOne());
  }

  public void touch(UUID sessionId) {
    jdbi.useTransaction(h -> h.createQuery("SELECT app.touch_session(:id)").bind("id", sessionId)
        .mapTo(String.class).one());
  }

  public void end(UUID sessionId) {
    jdbi.useTransaction(h -> h.createQuery("SELECT app.end_session(:id)").bind("id", sessionId)
        .mapTo(String.class).one());
  }
}
