package dev.wsconsole.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Appends to a workspace's audit log, hash-chained: each entry's hash covers its content and the
 * previous entry's hash, so editing or deleting a row breaks every hash after it.
 */
public final class AuditStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final dev.wsconsole.server.db.TenantTx tx;

  public AuditStore(dev.wsconsole.server.db.TenantTx tx) {
    this.tx = tx;
  }

  /** Records an entry in its own transaction (denials, sign-ins: nothing else is written with them). */
  public void record(UUID workspaceId, AuditRecord r) {
    tx.run(workspaceId, h -> append(h, workspaceId, r));
  }

  /**
   * Records a refusal that may come in floods (a denied permission, a wrong password): the first of its
   * kind from its actor in a minute is an entry, later ones only counted until the minute has passed,
   * then chained as one summary entry ({@link AuditRepeatStore}, decision 0031).
   */
  public void recordRepeatable(UUID workspaceId, AuditRecord r) {
    tx.run(workspaceId, h -> AuditRepeatStore.record(h, workspaceId, r));
  }

  /** Appends within the caller's tenant transaction (already scoped to {@code workspaceId}). */
  public static void append(Handle h, UUID workspaceId, AuditRecord r) {
    lockWriters(h, workspaceId);
    AuditRepeatStore.sealClosedWindows(h, workspaceId);
    chain(h, workspaceId, r);
  }

  /** Chains one entry after the workspace's last; the caller holds the writer lock. Answers its seq. */
  static long chain(Handle h, UUID workspaceId, AuditRecord r) {
    var last = h.createQuery("SELECT seq, hash FROM console.audit_events WHERE workspace_id = :ws"
            + " ORDER BY seq DESC LIMIT 1")
        .bind("ws", workspaceId)
        .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
        .findOne();
    long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
    byte[] prev = last.map(row -> (byte[]) row[1]).orElse(new byte[0]);
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String actor = toJson(r);
    byte[] hash = chainHash(prev, workspaceId, seq, actor, r.action(), r.target(), r.result(), r.reason(),
        r.requestId(), at);
    h.createUpdate("INSERT INTO console.audit_events (workspace_id, id, seq, actor, action, target, result, reason,"
            + " request_id, created_at, prev_hash, hash) VALUES (:ws, :id, :seq, CAST(:actor AS jsonb), :action,"
            + " :target, :result, :reason, :requestId, :at, :prev, :hash)")
        .bind("ws", workspaceId).bind("id", UUID.randomUUID()).bind("seq", seq).bind("actor", actor)
        .bind("action", r.action()).bind("target", r.target()).bind("result", r.result())
        .bind("reason", r.reason()).bind("requestId", r.requestId()).bind("at", at.atOffset(java.time.ZoneOffset.UTC))
        .bind("prev", prev).bind("hash", hash)
        .execute();
    java.util.Map<String, Object> live = new java.util.LinkedHashMap<>();
    live.put("seq", seq);
    live.put("action", r.action());
    live.put("target", r.target());
    live.put("result", r.result());
    live.put("created_at", at.toString());
    dev.wsconsole.server.live.LiveEventStore.publish(h, workspaceId, "audit.entry_appended", live);
    return seq;
  }

  /**
   * Takes the workspace's writer lock until the transaction ends: one writer at a time keeps seq
   * gapless and the chain linear. Live events take the same key (in V23's {@code app.publish_live_event},
   * before their counter), so publishing and auditing in either order within one transaction cannot deadlock.
   */
  static void lockWriters(Handle h, UUID workspaceId) {
    h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended('audit:' || :ws, 0))")
        .bind("ws", workspaceId.toString()).mapTo(String.class).one();
  }

  /** The chain hash; verification recomputes it from the stored columns. */
  public static byte[] chainHash(byte[] prev, UUID workspaceId, long seq, String actorJson, String action,
                                 String target, String result, String reason, String requestId, Instant at) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prev);
      for (String part : new String[] {workspaceId.toString(), Long.toString(seq), actorJson, action, target, result,
          reason, requestId, at.toString()}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array()); // length-prefixed: no ambiguity
        sha.update(bytes);
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String toJson(AuditRecord r) {
    return canonicalActor(r.actor());
  }

  /** The actor as hashed: keys sorted, compact; verification re-derives it from the stored jsonb. */
  public static String canonicalActor(java.util.Map<String, ?> actor) {
    try {
      return JSON.writeValueAsString(new java.util.TreeMap<>(actor));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit actor is not serialisable", e);
    }
  }
}
