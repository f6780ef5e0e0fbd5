package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.db.TenantTx;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of voice attempts (rate limits counted in the database, so several server nodes agree) and of
 * the replay fingerprints kept per user.
 */
public final class VoiceAttemptStore {
  /** How many of a user's newest fingerprints a new sample is compared with. */
  public static final int FINGERPRINTS_COMPARED = 500;
  private final TenantTx tx;

  public VoiceAttemptStore(TenantTx tx) {
    this.tx = tx;
  }

  /**
   * Takes a slot for one attempt of {@code limits.kind()} by {@code userId}: 0 when taken, otherwise the
   * seconds until one frees (nothing is written then). Concurrent reservations in a workspace queue on a lock.
   */
  public long reserve(UUID ws, UUID userId, RateLimitRules.Limits limits) {
    return tx.call(ws, h -> {
      h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended('voice-attempt:' || :ws || :kind, 0))")
          .bind("ws", ws.toString()).bind("kind", limits.kind()).mapTo(String.class).one();
      Instant now = h.createQuery("SELECT now()").mapTo(Instant.class).one();
      String window = limits.window().toSeconds() + " seconds";
      long user = RateLimitRules.retryAfterSeconds(recent(h, ws, userId, limits.kind(), window), limits.perUser(),
          limits.window(), now);
      long workspace = RateLimitRules.retryAfterSeconds(recent(h, ws, null, limits.kind(), window),
          limits.perWorkspace(), limits.window(), now);
      long wait = Math.max(user, workspace);
      if (wait == 0) {
        h.createUpdate("INSERT INTO console.voice_attempts (workspace_id, id, user_id, kind) VALUES (:ws, :id,"
                + " :user, :kind)")
            .bind("ws", ws).bind("id", UUID.randomUUID()).bind("user", userId).bind("kind", limits.kind()).execute();
      }
      return wait;
    });
  }

  private static RateLimitRules.Recent recent(Handle h, UUID ws, UUID userId, String kind, String window) {
    return h.createQuery("SELECT count(*) AS n, min(created_at) AS oldest FROM console.voice_attempts"
            + " WHERE workspace_id = :ws AND kind = :kind AND created_at > now() - CAST(:window AS interval)"
            + (userId == null ? "" : " AND user_id = :user"))
        .bind("ws", ws).bind("kind", kind).bind("window", window).bind("user", userId)
        .map((rs, c) -> new RateLimitRules.Recent(rs.getLong("n"),
            rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant()))
        .one();
  }

  /** The user's newest fingerprints in this workspace. */
  public List<byte[]> fingerprints(UUID ws, UUID userId) {
    return tx.call(ws, h -> h.createQuery("SELECT fingerprint FROM console.voice_fingerprints WHERE workspace_id = :ws"
            + " AND user_id = :user ORDER BY created_at DESC LIMIT " + FINGERPRINTS_COMPARED)
        .bind("ws", ws).bind("user", userId).mapTo(byte[].class).list());
  }

  /** Keeps a verification sample's fingerprint (when it has one) and audits the outcome, in one transaction. */
  public void recordOutcome(UUID ws, UUID userId, byte[] fingerprint, dev.wsconsole.server.audit.AuditRecord audit) {
    tx.run(ws, h -> {
      if (fingerprint != null && fingerprint.length > 8) {
        addFingerprint(h, ws, userId, "verify", fingerprint);
      }
      dev.wsconsole.server.audit.AuditStore.append(h, ws, audit);
    });
  }

  /** Keeps a sample's fingerprint (inside the caller's tenant transaction). */
  public static void addFingerprint(Handle h, UUID ws, UUID userId, String source, byte[] fingerprint) {
    h.createUpdate("INSERT INTO console.voice_fingerprints (workspace_id, id, user_id, source, fingerprint)"
            + " VALUES (:ws, :id, :user, :source, :fp)")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("user", userId).bind("source", source)
        .bind("fp", fingerprint).execute();
  }
}
