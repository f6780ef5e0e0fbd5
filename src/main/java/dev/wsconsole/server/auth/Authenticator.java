package dev.wsconsole.server.auth;

import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.model.Workspace;
import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.apikey.ApiKeyToken;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Principal;
import dev.wsconsole.server.workspace.DirectoryStore;
import dev.wsconsole.server.workspace.MembershipStore;
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
  private final CredentialCache credentials;
  private final ApiKeyStore apiKeys;
  private final SessionStore sessions;
  private final UserStore users;
  private final DirectoryStore directory;
  private final MembershipStore memberships;
  private final SessionActivityStore sessionActivity;

  public Authenticator(CredentialCache credentials, ApiKeyStore apiKeys, SessionStore sessions, UserStore users, DirectoryStore directory, MembershipStore memberships, SessionActivityStore sessionActivity) {
    this.credentials = credentials;
    this.apiKeys = apiKeys;
    this.sessions = sessions;
    this.users = users;
    this.directory = directory;
    this.memberships = memberships;
    this.sessionActivity = sessionActivity;
  }

  public Principal authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw DomainException.unauthorized("Missing or invalid API key.");
    }
    String token = authorization.substring(7).strip();
    if (token.startsWith(SessionStore.PREFIX)) {
      return session(token);
    }
    // The checksum is verified before any database lookup.
    ApiKeyToken key = ApiKeyToken.parse(token).orElseThrow(() -> DomainException.unauthorized("Missing or invalid API key."));
    ApiKeyStore.Found found = credentials.find(key, () -> apiKeys.findActive(key))
        .orElseThrow(() -> DomainException.unauthorized("Missing or invalid API key."));
    if (found.creatorRole().isEmpty()) {
      throw DomainException.unauthorized("API key's creator is no longer a member of its workspace.");
    }
    // last_used_at has minute resolution: write it only when the value just read is older than that.
    Instant lastUsed = found.key().lastUsedAt();
    if (lastUsed == null || lastUsed.isBefore(Instant.now().minus(ApiKeyStore.TOUCH_INTERVAL))) {
      apiKeys.touch(key.workspaceId(), found.key().id());
      // last_used_at decides no rights (no trigger flags it), but the cached copy must not stay old, or
      // every later request would write it again: reload this workspace's keys once.
      credentials.evict(key.workspaceId());
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
    SessionStore.Session s = sessions.byToken(token)
        .orElseThrow(() -> DomainException.unauthorized("Session expired or signed out."));
    enforceAccountLimits(s);
    sessions.touch(s.id());
    var user = users.byId(s.userId()).orElseThrow(() -> DomainException.unauthorized("Unknown account."));
    return new Principal(Principal.Kind.SESSION, s.userId(), s.id(), null, null, Set.of(), user.email(),
        s.createdAt(), null, s.lastSeenAt(), null);
  }

  /**
   * Every route, account-level ones too: a session past its account's limits ({@link SessionLimits}) is
   * ended and refused, before its activity is recorded.
   */
  private void enforceAccountLimits(SessionStore.Session s) {
    SessionLimits limits = SessionLimits.forAccount(directory.environmentsOf(s.userId()));
    Optional<String> expired = limits.expired(s.createdAt(), s.lastSeenAt(), Instant.now());
    if (expired.isPresent()) {
      sessions.end(s.id());
      throw DomainException.unauthorized(expired.get());
    }
  }

  /** The caller's standing in {@code workspaceId}, or 404 when the caller cannot see it. */
  public Access access(Principal p, UUID workspaceId) {
    // A key's own workspace was read with the key, in the same statement; anything else is read now.
    Workspace ws = p.isKey() && workspaceId.equals(p.keyWorkspaceId()) && p.keyWorkspace() != null
        ? p.keyWorkspace()
        : directory.get(workspaceId).orElseThrow(() -> DomainException.notFound("Workspace"));
    if (p.isKey()) {
      if (!workspaceId.equals(p.keyWorkspaceId())) {
        throw DomainException.notFound("Workspace"); // a key works only in its own workspace
      }
      return new Access(workspaceId, ws.environment(), p.keyRole(), p.keyPermissions(), p, ws);
    }
    Role role = memberships.roleOf(workspaceId, p.userId()).orElseThrow(() -> DomainException.notFound("Workspace"));
    enforceSessionLimits(p, ws, workspaceId);
    return new Access(workspaceId, ws.environment(), role, RolePermissions.of(role), p, ws);
  }

  private void enforceSessionLimits(Principal p, Workspace ws, UUID workspaceId) {
    var policy = ws.environment().policy();
    Instant now = Instant.now();
    if (Duration.between(p.createdAt(), now).compareTo(policy.absoluteSessionLimit()) > 0) {
      throw DomainException.unauthorized("Session exceeded the " + policy.absoluteSessionLimit().toHours()
          + " h limit of a " + ws.environment().wireName() + " workspace; sign in again.");
    }
    Optional<Instant> lastSeen = sessionActivity.lastSeen(workspaceId, p.credentialId());
    // First visit to this workspace: idle since the session's last activity anywhere.
    Instant since = lastSeen.orElse(p.lastSeenAt());
    if (Duration.between(since, now).compareTo(policy.idleTimeout()) > 0) {
      throw DomainException.unauthorized("Session idle for more than " + policy.idleTimeout().toMinutes()
          + " min in a " + ws.environment().wireName() + " workspace; sign in again.");
    }
    sessionActivity.touch(workspaceId, p.credentialId(), p.userId());
  }
}
