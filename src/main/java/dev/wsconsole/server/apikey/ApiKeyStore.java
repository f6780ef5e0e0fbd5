package dev.wsconsole.server.apikey;

import dev.wsconsole.model.ApiKey;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.Workspace;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.workspace.DirectoryStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** API keys of a workspace: only SHA-256 digests are stored; every change is audited in its transaction. */
public final class ApiKeyStore {
  private static final String COLUMNS = "k.id, k.workspace_id, k.created_by, k.created_by_credential, k.name,"
      + " k.role::text AS role, k.permissions, k.expires_at, k.last_used_at, k.created_at, k.updated_at, k.revoked_at,"
      + " k.key_prefix";
  /** last_used_at is written at most once per this interval per key. */
  public static final java.time.Duration TOUCH_INTERVAL = java.time.Duration.ofMinutes(1);
  private final TenantTx tx;

  public ApiKeyStore(TenantTx tx) {
    this.tx = tx;
  }

  /**
   * A key found by its secret, with its creator's current role (empty when the creator left) and its
   * workspace's directory entry, read in the same statement (null if there were none).
   */
  public record Found(ApiKey key, Optional<Role> creatorRole, Workspace workspace, Set<Permission> listedPermissions) {
    public Found(ApiKey key, Optional<Role> creatorRole, Workspace workspace) {
      this(key, creatorRole, workspace, Permission.parseKnown(key.permissions()));
    }
  }

  /** A key and its secret, shown once. */
  public record Issued(ApiKey key, String secret) {}

  /** One page of keys and the total. */
  public record Page(List<ApiKey> items, long total) {}

  public Issued create(UUID ws, String name, Role role, List<String> permissions, UUID createdBy, UUID credential,
                       int durationDays, AuditRecord audit) {
    ApiKeyToken token = ApiKeyToken.generate(ws);
    UUID id = UUID.randomUUID();
    return tx.call(ws, h -> {
      h.createUpdate("INSERT INTO console.api_keys (workspace_id, id, name, role, created_by, created_by_credential,"
              + " key_prefix, digest, expires_at, permissions) VALUES (:ws, :id, :name, CAST(:role AS console.member_role),"
              + " :by, :cred, :prefix, :digest, :expires, :perms)")
          .bind("ws", ws).bind("id", id).bind("name", name).bind("role", role.wireName()).bind("by", createdBy)
          .bind("cred", credential).bind("prefix", token.displayPrefix()).bind("digest", token.digest())
          .bind("expires", expiry(durationDays)).bind("perms", permissions.toArray(new String[0]))
          .execute();
      AuditStore.append(h, ws, withTarget(audit, id));
      return new Issued(get(h, ws, id).orElseThrow(), token.text());
    });
  }

  private static final String FIND_ACTIVE = "SELECT " + COLUMNS + ", m.role::text AS creator_role, "
      + DirectoryStore.prefixedColumns("d", "ws_")
      + " FROM console.api_keys k LEFT JOIN console.memberships m"
      + "   ON m.workspace_id = k.workspace_id AND m.user_id = k.created_by"
      + " LEFT JOIN LATERAL app.workspace_directory(ARRAY[k.workspace_id]) d ON true"
      + " WHERE k.workspace_id = ? AND k.digest = ? AND k.revoked_at IS NULL AND k.expires_at > now()";

  /** The active (not revoked, not expired) key with this secret, looked up in the workspace the token names. */
  public Optional<Found> findActive(ApiKeyToken token) {
    UUID ws = token.workspaceId();
    // Read on a credential-cache miss only (decision 0019), in a tenant transaction under row-level security.
    return tx.query(ws, FIND_ACTIVE,
        rs -> new Found(map(rs, null), Optional.ofNullable(rs.getString("creator_role")).map(Role::fromWire),
            DirectoryStore.map(rs, "ws_")),
        ws, token.digest()).stream().findFirst();
  }

  /** Marks the key used; at most once a minute per key, so auth stays cheap under load. */
  public void touch(UUID ws, UUID id) {
    tx.run(ws, h -> h.createUpdate("UPDATE console.api_keys SET last_used_at = now() WHERE workspace_id = :ws"
            + " AND id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')")
        .bind("ws", ws).bind("id", id).execute());
  }

  /**
   * The page and the total come from one statement (a window count) in one round trip: the scoping
   * function {@code app.api_key_page} (V22), whose plan the server keeps (decision 0020).
   */
  public Page list(UUID ws, UUID onlyCreatedBy, int limit, long offset) {
    long[] total = {0};
    List<ApiKey> items = tx.readThrough(ws, "app.api_key_page", rs -> {
      total[0] = rs.getLong("total");
      return map(rs, null);
    }, onlyCreatedBy, limit, offset);
    if (items.isEmpty() && offset > 0) { // past the end: the window saw no row, so count apart
      total[0] = tx.query(ws, "SELECT count(*) FROM console.api_keys k WHERE k.workspace_id = ?"
              + " AND k.revoked_at IS NULL AND (?::uuid IS NULL OR k.created_by = ?::uuid)", rs -> rs.getLong(1),
          ws, onlyCreatedBy, onlyCreatedBy).get(0);
    }
    return new Page(items, total[0]);
  }

  public Optional<ApiKey> get(UUID ws, UUID id) {
    return tx.call(ws, h -> get(h, ws, id));
  }

  public boolean revoke(UUID ws, UUID id, AuditRecord audit) {
    return tx.call(ws, h -> {
      int n = h.createUpdate("UPDATE console.api_keys SET revoked_at = now(), updated_at = now()"
              + " WHERE workspace_id = :ws AND id = :id AND revoked_at IS NULL")
          .bind("ws", ws).bind("id", id).execute();
      if (n == 1) {
        AuditStore.append(h, ws, withTarget(audit, id));
      }
      return n == 1;
    });
  }

  /** Revokes every live key {@code userId} created, within the caller's tenant transaction; returns how many. */
  public static int revokeAllCreatedBy(org.jdbi.v3.core.Handle h, UUID ws, UUID userId) {
    return h.createUpdate("UPDATE console.api_keys SET revoked_at = now(), updated_at = now()"
            + " WHERE workspace_id = :ws AND created_by = :user AND revoked_at IS NULL")
        .bind("ws", ws).bind("user", userId).execute();
  }

  /** Replaces the secret in place: the old one stops working in the same commit. */
  public Optional<Issued> rotate(UUID ws, UUID id, int durationDays, AuditRecord audit) {
    ApiKeyToken token = ApiKeyToken.generate(ws);
    return tx.call(ws, h -> {
      int n = h.createUpdate("UPDATE console.api_keys SET digest = :digest, key_prefix = :prefix,"
              + " expires_at = :expires, updated_at = now() WHERE workspace_id = :ws AND id = :id AND revoked_at IS NULL")
          .bind("digest", token.digest()).bind("prefix", token.displayPrefix()).bind("expires", expiry(durationDays))
          .bind("ws", ws).bind("id", id).execute();
      if (n == 0) {
        return Optional.<Issued>empty();
      }
      AuditStore.append(h, ws, withTarget(audit, id));
      return Optional.of(new Issued(get(h, ws, id).orElseThrow(), token.text()));
    });
  }

  private static Optional<ApiKey> get(org.jdbi.v3.core.Handle h, UUID ws, UUID id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM console.api_keys k WHERE k.workspace_id = :ws AND k.id = :id")
        .bind("ws", ws).bind("id", id).map(ApiKeyStore::map).findOne();
  }

  private static java.time.OffsetDateTime expiry(int days) {
    return Instant.now().plus(days, ChronoUnit.DAYS).atOffset(java.time.ZoneOffset.UTC);
  }

  private static AuditRecord withTarget(AuditRecord r, UUID id) {
    return new AuditRecord(r.actor(), r.action(), "api_key:" + id, r.result(), r.reason(), r.requestId());
  }

  private static ApiKey map(ResultSet rs, StatementContext ctx) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new ApiKey(id, rs.getObject("workspace_id", UUID.class), rs.getObject("created_by", UUID.class),
        rs.getObject("created_by_credential", UUID.class), id.toString(), rs.getString("name"),
        Role.fromWire(rs.getString("role")), Arrays.asList((String[]) rs.getArray("permissions").getArray()),
        ts(rs, "expires_at"), ts(rs, "last_used_at"), ts(rs, "created_at"), ts(rs, "updated_at"),
        ts(rs, "revoked_at"), rs.getString("key_prefix"));
  }

  private static Instant ts(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
