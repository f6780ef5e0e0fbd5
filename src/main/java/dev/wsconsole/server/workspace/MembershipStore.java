package dev.wsconsole.server.workspace;

import dev.wsconsole.model.Role;
import dev.wsconsole.server.db.TenantTx;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Memberships: who holds which role in a workspace (a tenant table, read under row-level security). */
public final class MembershipStore {
  private final TenantTx tx;

  public MembershipStore(TenantTx tx) {
    this.tx = tx;
  }

  public Optional<Role> roleOf(UUID workspaceId, UUID userId) {
    return tx.call(workspaceId, h -> roleOf(h, workspaceId, userId));
  }

  public static Optional<Role> roleOf(Handle h, UUID workspaceId, UUID userId) {
    return h.createQuery("SELECT role::text FROM console.memberships WHERE workspace_id = :ws AND user_id = :user")
        .bind("ws", workspaceId).bind("user", userId)
        .mapTo(String.class).findOne().map(Role::fromWire);
  }

  public static void add(Handle h, UUID workspaceId, UUID userId, Role role) {
    h.createUpdate("INSERT INTO console.memberships (workspace_id, id, user_id, role)"
            + " VALUES (:ws, :id, :user, CAST(:role AS console.member_role))")
        .bind("ws", workspaceId).bind("id", UUID.randomUUID()).bind("user", userId).bind("role", role.wireName())
        .execute();
  }
}
