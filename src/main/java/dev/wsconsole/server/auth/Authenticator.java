package dev.wsconsole.server.auth;

import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.model.Workspace;
import dev.wsconsole.server.Backend;
import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.http.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a bearer token into a {@link Principal}, and a principal plus a workspace into an
 * {@link Access}: 401 for bad credentials, 404 for a workspace the caller cannot see (existence never
 * leaks), and the environment's session limits for sign-in sessions.
 */
public final class Authenticator {
  private final Backend backend;

  public Authenticator(Backend backend) {
    this.backend = backend;
  }

  public Principal authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiException.unauthorized("Missing or invalid API key.");
    }
    String token = authorization.substring(7).strip();
    if (token.startsWith(SessionStore.PREFIX)) {
      return session(token);
    }
    // The checksum is verified before any database lookup.
    ApiKeyToken key = ApiKeyToken.parse(token).orElseThrow(() -> ApiException.unauthorized("Missing or invalid API key."));
    ApiKeyStore.Found found = backend.credentials.find(key, () -> backend.apiKeys.findActive(key))
        .orElseThrow(() -> ApiException.unauthorized("Missing or invalid API key."));
    if (found.creatorRole().isEmpty()) {
      throw ApiException.unauthorized("API key's creator is no longer a member of its workspace.");
    }
    // last_used_at has minute resolution: write it only when the value just read is older than that.
    Instant lastUsed = found.key().lastUsedAt();
    if (lastUsed == null || lastUsed.isBefore(Instant.now().minus(ApiKeyStore.TOUCH_INTERVAL))) {
      backend.apiKeys.touch(key.workspaceId(), found.key().id());
      // last_used_at decides no rights (no trigger flags it), but the cached copy must not stay old, or
      // every later request would write it again: reload this workspace's keys once.
      backend.credentials.evict(key.workspaceId());
    }
    // Effective rights: the key's role, cut down to its creator's *current* role and its own list.
    Set<Permission> rights = java.util.EnumSet.noneOf(Permission.class);
    rights.addAll(RolePermissions.intersection(found.key().role(), found.creatorRole().get()));
    rights.retainAll(found.listedPermissions());
    return new Principal(Principal.Kind.API_KEY, found.key().createdByEntityId(), found.key().id(), key.workspaceId(),
        found.key().role(), rights, found.key().name(), found.key().createdAt(), found.key().expiresAt(),
        found.key().lastUsedAt(), found.workspace());
  }

  private Principal session(String token) {
    SessionStore.Session s = backend.sessions.byToken(token)
        .orElseThrow(() -> ApiException.unauthorized("Session expired or signed out."));
    backend.sessions.touch(s.id());
    var user = backend.users.byId(s.userId()).orElseThrow(() -> ApiException.unauthorized("Unknown account."));
    return new Principal(Principal.Kind.SESSION, s.userId(), s.id(), null, null, Set.of(), user.email(),
        s.createdAt(), null, s.lastSeenAt(), null);
  }

  /** The caller's standing in {@code workspaceId}, or 404 when the caller cannot see it. */
  public Access access(Principal p, UUID workspaceId) {
    // A key's own workspace was read with the key, in the same statement; anything else is read now.
    Workspace ws = p.isKey() && workspaceId.equals(p.keyWorkspaceId()) && p.keyWorkspace() != null
        ? p.keyWorkspace()
        : backend.directory.get(workspaceId).orElseThrow(() -> ApiException.notFound("Workspace"));
    if (p.isKey()) {
      if (!workspaceId.equals(p.keyWorkspaceId())) {
        throw ApiException.notFound("Workspace"); // a key works only in its own workspace
      }
      return new Access(workspaceId, ws.environment(), p.keyRole(), p.keyPermissions(), p, ws);
    }
    Role role = backend.memberships.roleOf(workspaceId, p.userId()).orElseThrow(() -> ApiException.notFound("Workspace"));
    enforceSessionLimits(p, ws, workspaceId);
    return new Access(workspaceId, ws.environment(), role, RolePermissions.of(role), p, ws);
  }

  private void enforceSessionLimits(Principal p, Workspace ws, UUID workspaceId) {
    var policy = ws.environment().policy();
    Instant now = Instant.now();
    if (Duration.between(p.createdAt(), now).compareTo(policy.absoluteSessionLimit()) > 0) {
      throw ApiException.unauthorized("Session exceeded the " + policy.absoluteSessionLimit().toHours()
          + " h limit of a " + ws.environment().wireName() + " workspace; sign in again.");
    }
    Optional<Instant> lastSeen = backend.sessionActivity.lastSeen(workspaceId, p.credentialId());
    // First visit to this workspace: idle since the session's last activity anywhere.
    Instant since = lastSeen.orElse(p.lastSeenAt());
    if (Duration.between(since, now).compareTo(policy.idleTimeout()) > 0) {
      throw ApiException.unauthorized("Session idle for more than " + policy.idleTimeout().toMinutes()
          + " min in a " + ws.environment().wireName() + " workspace; sign in again.");
    }
    backend.sessionActivity.touch(workspaceId, p.credentialId(), p.userId());
  }
}
