package dev.wsconsole.server.member;

import dev.wsconsole.model.Invitation;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.workspace.MembershipStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Invitations of a workspace: only the token's SHA-256 digest is stored; every change is audited in its transaction. */
public final class InvitationStore {
  public static final Duration VALIDITY = Duration.ofDays(7);
  private static final String COLUMNS = "id, workspace_id, email, role::text AS role, invited_by, created_at, expires_at";
  private static final String PENDING = " AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()";
  private final TenantTx tx;

  public InvitationStore(TenantTx tx) {
    this.tx = tx;
  }

  /** An invitation and its token, shown once. */
  public record Issued(Invitation invitation, String token) {}

  /** One page of pending invitations and the total. */
  public record Page(List<Invitation> items, long total) {}

  /** Someone with this email already has a pending invitation. */
  public static final class PendingExistsException extends RuntimeException {
    public PendingExistsException() {
      super("This email already has a pending invitation; revoke it to send a new one.");
    }
  }

  public Issued create(UUID ws, String email, Role role, UUID invitedBy, AuditRecord audit) {
    InvitationToken token = InvitationToken.generate(ws);
    UUID id = UUID.randomUUID();
    return tx.call(ws, h -> {
      boolean pending = h.createQuery("SELECT count(*) > 0 FROM console.invitations WHERE workspace_id = :ws"
              + " AND lower(email) = lower(:email)" + PENDING)
          .bind("ws", ws).bind("email", email).mapTo(Boolean.class).one();
      if (pending) {
        throw new PendingExistsException();
      }
      h.createUpdate("INSERT INTO console.invitations (workspace_id, id, email, role, token_digest, invited_by,"
              + " expires_at) VALUES (:ws, :id, :email, CAST(:role AS console.member_role), :digest, :by, :expires)")
          .bind("ws", ws).bind("id", id).bind("email", email).bind("role", role.wireName())
          .bind("digest", token.digest()).bind("by", invitedBy)
          .bind("expires", Instant.now().plus(VALIDITY).atOffset(ZoneOffset.UTC)).execute();
      AuditStore.append(h, ws, target(audit, id, email + " as " + role.wireName()));
      return new Issued(get(h, ws, id).orElseThrow(), token.text());
    });
  }

  public Page listPending(UUID ws, int limit, long offset) {
    return tx.call(ws, h -> {
      List<Invitation> items = h.createQuery("SELECT " + COLUMNS + " FROM console.invitations WHERE workspace_id = :ws"
              + PENDING + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("limit", limit).bind("offset", offset).map(InvitationStore::map).list();
      long total = h.createQuery("SELECT count(*) FROM console.invitations WHERE workspace_id = :ws" + PENDING)
          .bind("ws", ws).mapTo(Long.class).one();
      return new Page(items, total);
    });
  }

  /** Withdraws a pending invitation; {@code guard} sees it first and throws to refuse. False when none is pending. */
  public boolean revoke(UUID ws, UUID id, Consumer<Invitation> guard, AuditRecord audit) {
    return tx.call(ws, h -> {
      Optional<Invitation> found = h.createQuery("SELECT " + COLUMNS + " FROM console.invitations"
              + " WHERE workspace_id = :ws AND id = :id" + PENDING + " FOR UPDATE")
          .bind("ws", ws).bind("id", id).map(InvitationStore::map).findOne();
      if (found.isEmpty()) {
        return false;
      }
      guard.accept(found.get());
      h.createUpdate("UPDATE console.invitations SET revoked_at = now() WHERE workspace_id = :ws AND id = :id")
          .bind("ws", ws).bind("id", id).execute();
      AuditStore.append(h, ws, target(audit, id, found.get().email()));
      return true;
    });
  }

  /** What became of an attempt to accept an invitation. */
  public enum Outcome { ACCEPTED, UNKNOWN, USED, REVOKED, EXPIRED, WRONG_EMAIL, ALREADY_MEMBER }

  /** The outcome and the invitation it concerned (null when the token matched none). */
  public record Acceptance(Outcome outcome, Invitation invitation) {}

  /**
   * Redeems {@code token} for the account {@code userId} (whose email is {@code accountEmail}) inside the
   * workspace the token names: on success the membership is created and the invitation used up in one
   * transaction; refusals other than an unknown token are audited there too.
   */
  public Acceptance accept(InvitationToken token, UUID userId, String accountEmail, AuditRecord audit) {
    UUID ws = token.workspaceId();
    return tx.call(ws, h -> {
      var row = h.createQuery("SELECT " + COLUMNS + ", accepted_at IS NOT NULL AS used, revoked_at IS NOT NULL AS revoked,"
              + " expires_at <= now() AS expired FROM console.invitations"
              + " WHERE workspace_id = :ws AND token_digest = :digest FOR UPDATE")
          .bind("ws", ws).bind("digest", token.digest())
          .map((rs, ctx) -> new Object[] {map(rs, ctx), rs.getBoolean("used"), rs.getBoolean("revoked"),
              rs.getBoolean("expired")})
          .findOne();
      if (row.isEmpty()) {
        return new Acceptance(Outcome.UNKNOWN, null);
      }
      Invitation inv = (Invitation) row.get()[0];
      Outcome outcome = (Boolean) row.get()[1] ? Outcome.USED
          : (Boolean) row.get()[2] ? Outcome.REVOKED
          : (Boolean) row.get()[3] ? Outcome.EXPIRED
          : !inv.email().equalsIgnoreCase(accountEmail) ? Outcome.WRONG_EMAIL
          : MembershipStore.roleOf(h, ws, userId).isPresent() ? Outcome.ALREADY_MEMBER
          : Outcome.ACCEPTED;
      if (outcome != Outcome.ACCEPTED) {
        AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "invitation:" + inv.id(), "denied",
            outcome.name().toLowerCase(java.util.Locale.ROOT), audit.requestId()));
        return new Acceptance(outcome, inv);
      }
      MembershipStore.add(h, ws, userId, inv.role());
      h.createUpdate("UPDATE console.invitations SET accepted_at = now(), accepted_by = :user"
              + " WHERE workspace_id = :ws AND id = :id")
          .bind("user", userId).bind("ws", ws).bind("id", inv.id()).execute();
      AuditStore.append(h, ws, target(audit, inv.id(), "user:" + userId + " joined as " + inv.role().wireName()));
      return new Acceptance(outcome, inv);
    });
  }

  static Optional<Invitation> get(Handle h, UUID ws, UUID id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM console.invitations WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", id).map(InvitationStore::map).findOne();
  }

  static AuditRecord target(AuditRecord r, UUID id, String reason) {
    return new AuditRecord(r.actor(), r.action(), "invitation:" + id, r.result(), reason, r.requestId());
  }

  static Invitation map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Invitation(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("email"), Role.fromWire(rs.getString("role")), rs.getObject("invited_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
  }
}
