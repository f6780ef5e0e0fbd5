package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.voice.passphrase.PassphraseGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of passphrase challenges: issued with a short expiry, used at most once, and never the same phrase
 * twice for a user (only a digest of each phrase is kept; the unique key is the guarantee).
 */
public final class VoiceChallengeStore {
  /** How long a challenge stays live. */
  public static final Duration TTL = Duration.ofMinutes(2);
  private static final int TRIES = 50;
  private final TenantTx tx;

  public VoiceChallengeStore(TenantTx tx) {
    this.tx = tx;
  }

  /** An issued challenge: its id, the phrase to read (shown once) and its expiry. */
  public record Issued(UUID id, String passphrase, Instant expiresAt) {}

  public Issued issue(UUID ws, UUID userId, PassphraseGenerator phrases, AuditRecord audit) {
    return tx.call(ws, h -> {
      for (int i = 0; i < TRIES; i++) {
        String phrase = phrases.next();
        UUID id = UUID.randomUUID();
        var expires = h.createQuery("INSERT INTO console.voice_challenges (workspace_id, id, user_id, phrase_digest,"
                + " expires_at) VALUES (:ws, :id, :user, :digest, now() + CAST(:ttl AS interval))"
                + " ON CONFLICT (workspace_id, user_id, phrase_digest) DO NOTHING RETURNING expires_at")
            .bind("ws", ws).bind("id", id).bind("user", userId).bind("digest", digest(userId, phrase))
            .bind("ttl", TTL.toSeconds() + " seconds").mapTo(Instant.class).findOne();
        if (expires.isPresent()) {
          AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "voice_challenge:" + id,
              audit.result(), audit.reason(), audit.requestId()));
          return new Issued(id, phrase, expires.get());
        }
      }
      throw new IllegalStateException("no unused passphrase found for user " + userId);
    });
  }

  /** Marks the user's live challenge used; false when it is unknown, someone else's, expired or used. */
  public static boolean consume(Handle h, UUID ws, UUID userId, UUID challengeId) {
    return h.createQuery("UPDATE console.voice_challenges SET used_at = now() WHERE workspace_id = :ws AND id = :id"
            + " AND user_id = :user AND used_at IS NULL AND expires_at > now() RETURNING id")
        .bind("ws", ws).bind("id", challengeId).bind("user", userId).mapTo(UUID.class).findOne().isPresent();
  }

  /** Consumes in its own transaction (the attempt counts as spent whatever the audio turns out to be). */
  public boolean consume(UUID ws, UUID userId, UUID challengeId) {
    return tx.call(ws, h -> consume(h, ws, userId, challengeId));
  }

  static byte[] digest(UUID userId, String phrase) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((userId + "\n" + PassphraseGenerator.normalise(phrase)).getBytes(StandardCharsets.UTF_8));
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
