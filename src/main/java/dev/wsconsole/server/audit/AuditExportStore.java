package dev.wsconsole.server.audit;

import dev.wsconsole.server.db.TenantTx;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Kept audit exports: each one's NDJSON body as written when requested, listed newest first. */
public final class AuditExportStore {
  private final TenantTx tx;

  public AuditExportStore(TenantTx tx) {
    this.tx = tx;
  }

  /** One kept export without its body. */
  public record Kept(UUID id, String key, int rowCount, long size, Instant createdAt) {}

  /** Keeps an export and, in the same transaction, records it in the audit log. */
  public Kept keep(UUID ws, UUID id, String key, String filtersJson, int rows, byte[] body, AuditRecord audit) {
    return tx.call(ws, h -> {
      Instant at = h.createQuery("INSERT INTO console.audit_exports (workspace_id, id, object_key, filters, row_count,"
              + " body, actor, request_id) VALUES (:ws, :id, :key, CAST(:filters AS jsonb), :rows, :body,"
              + " CAST(:actor AS jsonb), :request) RETURNING created_at")
          .bind("ws", ws).bind("id", id).bind("key", key).bind("filters", filtersJson).bind("rows", rows)
          .bind("body", body).bind("actor", AuditStore.canonicalActor(audit.actor()))
          .bind("request", audit.requestId())
          .mapTo(OffsetDateTime.class).one().toInstant();
      AuditStore.append(h, ws, audit);
      return new Kept(id, key, rows, body.length, at);
    });
  }

  /** The newest {@code limit} exports. */
  public List<Kept> list(UUID ws, int limit) {
    return tx.query(ws, "SELECT id, object_key, row_count, octet_length(body) AS size, created_at"
        + " FROM console.audit_exports WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?",
        rs -> new Kept(rs.getObject("id", UUID.class), rs.getString("object_key"), rs.getInt("row_count"),
            rs.getLong("size"), rs.getObject("created_at", OffsetDateTime.class).toInstant()), ws, limit);
  }

  /** The newest export's time, if any. */
  public Optional<Instant> latest(UUID ws) {
    return list(ws, 1).stream().findFirst().map(Kept::createdAt);
  }

  /** One export's body. */
  public Optional<byte[]> body(UUID ws, UUID id) {
    return tx.query(ws, "SELECT body FROM console.audit_exports WHERE workspace_id = ? AND id = ?",
        rs -> rs.getBytes(1), ws, id).stream().findFirst();
  }
}
