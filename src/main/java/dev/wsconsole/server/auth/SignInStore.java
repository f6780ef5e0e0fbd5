package dev.wsconsole.server.auth;

import dev.wsconsole.server.core.Secrets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The two database steps of a password sign-in (V25, decision 0031): {@link #begin} reserves an attempt
 * against the account's and the address's throttles and hands out only a salt and cost; {@link #finish}
 * has the database compare the derived key with the stored one and, on a match, create the session.
 */
public final class SignInStore {
  private final Jdbi jdbi;

  public SignInStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What {@link #begin} decided: held back for {@code retryAfter}, or admitted with what to derive a key from. */
  public sealed interface Admission permits HeldBack, Admitted {}

  /** The account or the address is held back; nothing was counted. */
  public record HeldBack(Duration retryAfter) implements Admission {}

  /** One attempt, already counted as a failure until {@link #finish} settles it. */
  public record Admitted(UUID attemptId, byte[] salt, int iterations) implements Admission {}

  /**
   * How an admitted attempt settled: {@code userId} is the account the email named (null for an unknown
   * email), for its audit trail; a granted attempt carries the new session and its token (shown once).
   */
  public record Outcome(UUID userId, String email, boolean granted, UUID sessionId, String token) {}

  public Admission begin(String email, String clientAddress) {
    return jdbi.inTransaction(h -> h.createQuery("SELECT * FROM app.sign_in_begin(:email, :address)")
        .bind("email", email).bind("address", clientAddress)
        .map((rs, ctx) -> {
          UUID attempt = rs.getObject("attempt_id", UUID.class);
          return attempt == null
              ? (Admission) new HeldBack(Duration.ofMillis(rs.getLong("retry_after_ms")))
              : new Admitted(attempt, rs.getBytes("salt"), rs.getInt("iterations"));
        })
        .one());
  }

  /** Settles an admitted attempt with the key derived from the offered password; empty if it was not admitted. */
  public Optional<Outcome> finish(UUID attemptId, byte[] derivedKey) {
    String token = SessionStore.PREFIX + Secrets.randomBase62(43);
    UUID sessionId = UUID.randomUUID();
    return jdbi.inTransaction(h -> h.createQuery("SELECT * FROM app.sign_in_finish(:attempt, :key, :session, :digest)")
        .bind("attempt", attemptId).bind("key", derivedKey).bind("session", sessionId)
        .bind("digest", Secrets.sha256(token))
        .map((rs, ctx) -> {
          boolean granted = rs.getBoolean("granted");
          return new Outcome(rs.getObject("user_id", UUID.class), rs.getString("email"), granted,
              granted ? sessionId : null, granted ? token : null);
        })
        .findOne());
  }
}
