package dev.wsconsole.server.member;

import dev.wsconsole.model.Member;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.workspace.MembershipStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The members of a workspace (tenant table memberships, joined to account profiles through
 * app.users_by_ids): listing, role changes, removal and ownership transfer, each audited in its
 * transaction and serialised per workspace so that the last owner can never be demoted or removed.
 */
public final class MemberStore {
  private static final String COLUMNS = "user_id, role::text AS role, created_at";
  private final TenantTx tx;

  public MemberStore(TenantTx tx) {
    this.tx = tx;
  }

  /** One page of members and the total. */
  public record Page(List<Member> items, long total) {}

  /** The change would leave the workspace without an owner. */
  public static final class LastOwnerException extends RuntimeException {
    public LastOwnerException() {
      super("A workspace must keep at least one owner: make another member owner first"
          + " (transfer-ownership or a role change).");
    }
  }

  public Page list(UUID ws, int limit, long offset) {
    return tx.call(ws, h -> {
      List<Row> rows = h.createQuery("SELECT " + COLUMNS + " FROM console.memberships WHERE workspace_id = :ws"
              + " ORDER BY created_at, user_id LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("limit", limit).bind("offset", offset).map(MemberStore::row).list();
      long total = h.createQuery("SELECT count(*) FROM console.memberships WHERE workspace_id = :ws")
          .bind("ws", ws).mapTo(Long.class).one();
      return new Page(withProfiles(h, rows), total);
    });
  }

  public Optional<Member> get(UUID ws, UUID userId) {
    return tx.call(ws, h -> get(h, ws, userId));
  }

  /**
   * Gives {@code userId} the role {@code role}; {@code guard} sees the current role first and throws to
   * refuse. Empty when {@code userId} is not a member.
   */
  public Optional<Member> changeRole(UUID ws, UUID userId, Role role, Consumer<Role> guard, AuditRecord audit) {
    return tx.call(ws, h -> {
      lockMembers(h, ws);
      Optional<Role> current = MembershipStore.roleOf(h, ws, userId);
      if (current.isEmpty()) {
        return Optional.<Member>empty();
      }
      guard.accept(current.get());
      if (current.get() == Role.OWNER && role != Role.OWNER && owners(h, ws) <= 1) {
        throw new LastOwnerException();
      }
      setRole(h, ws, userId, role);
      AuditStore.append(h, ws, withReason(audit, current.get().wireName() + " -> " + role.wireName()));
      return get(h, ws, userId);
    });
  }

  /**
   * Removes {@code userId} and revokes the API keys they created (so they stay dead if the person comes
   * back); {@code guard} sees the current role first. False when {@code userId} is not a member.
   */
  public boolean remove(UUID ws, UUID userId, Consumer<Role> guard, AuditRecord audit) {
    return tx.call(ws, h -> {
      lockMembers(h, ws);
      Optional<Role> current = MembershipStore.roleOf(h, ws, userId);
      if (current.isEmpty()) {
        return false;
      }
      guard.accept(current.get());
      if (current.get() == Role.OWNER && owners(h, ws) <= 1) {
        throw new LastOwnerException();
      }
      h.createUpdate("DELETE FROM console.memberships WHERE workspace_id = :ws AND user_id = :user")
          .bind("ws", ws).bind("user", userId).execute();
      int keys = ApiKeyStore.revokeAllCreatedBy(h, ws, userId);
      AuditStore.append(h, ws, withReason(audit, "was " + current.get().wireName() + "; " + keys + " API key(s) revoked"));
      return true;
    });
  }

  /** Makes {@code to} (a member) an owner and {@code from} (an owner) an admin, atomically; false if {@code to} is no member. */
  public boolean transferOwnership(UUID ws, UUID from, UUID to, Consumer<Role> fromGuard, AuditRecord audit) {
    return tx.call(ws, h -> {
      lockMembers(h, ws);
      Optional<Role> target = MembershipStore.roleOf(h, ws, to);
      if (target.isEmpty()) {
        return false;
      }
      fromGuard.accept(MembershipStore.roleOf(h, ws, from).orElse(null));
      setRole(h, ws, to, Role.OWNER);
      setRole(h, ws, from, Role.ADMIN);
      AuditStore.append(h, ws, withReason(audit, "from user:" + from + " (now admin); target was "
          + target.get().wireName()));
      return true;
    });
  }

  /** One writer of a workspace's memberships at a time, so the owner count read is the one committed on. */
  private static void lockMembers(Handle h, UUID ws) {
    h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended('members:' || :ws, 0))")
        .bind("ws", ws.toString()).mapTo(String.class).one();
  }

  private static long owners(Handle h, UUID ws) {
    return h.createQuery("SELECT count(*) FROM console.memberships WHERE workspace_id = :ws AND role = 'owner'")
        .bind("ws", ws).mapTo(Long.class).one();
  }

  private static void setRole(Handle h, UUID ws, UUID userId, Role role) {
    h.createUpdate("UPDATE console.memberships SET role = CAST(:role AS console.member_role), updated_at = now()"
            + " WHERE workspace_id = :ws AND user_id = :user")
        .bind("role", role.wireName()).bind("ws", ws).bind("user", userId).execute();
  }

  private static Optional<Member> get(Handle h, UUID ws, UUID userId) {
    List<Row> rows = h.createQuery("SELECT " + COLUMNS + " FROM console.memberships"
            + " WHERE workspace_id = :ws AND user_id = :user")
        .bind("ws", ws).bind("user", userId).map(MemberStore::row).list();
    return withProfiles(h, rows).stream().findFirst();
  }

  /** Adds email and display name from app.users_by_ids, which answers only for this workspace's members. */
  private static List<Member> withProfiles(Handle h, List<Row> rows) {
    Map<UUID, String[]> profiles = h.createQuery("SELECT id, email, display_name FROM app.users_by_ids(:ids)")
        .bind("ids", rows.stream().map(Row::userId).toArray(UUID[]::new))
        .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class),
            new String[] {rs.getString("email"), rs.getString("display_name")}))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Function<Row, Member> toMember = r -> {
      String[] p = profiles.getOrDefault(r.userId(), new String[] {null, null});
      return new Member(r.userId(), p[0], p[1], r.role(), r.joinedAt());
    };
    return rows.stream().map(toMember).toList();
  }

  private static AuditRecord withReason(AuditRecord r, String reason) {
    return new AuditRecord(r.actor(), r.action(), r.target(), r.result(), reason, r.requestId());
  }

  private record Row(UUID userId, Role role, java.time.Instant joinedAt) {}

  private static Row row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
    return new Row(rs.getObject("user_id", UUID.class), Role.fromWire(rs.getString("role")),
        rs.getTimestamp("created_at").toInstant());
  }
}
