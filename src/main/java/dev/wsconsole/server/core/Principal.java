package dev.wsconsole.server.core;

import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.Workspace;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: an API key (bound to one workspace, acting for its creator) or a console sign-in
 * session (a user, acting in any workspace they belong to). For a key, {@code keyWorkspace} is its
 * workspace's directory entry, read with the key (null for a session).
 */
public record Principal(
    Kind kind,
    UUID userId,
    UUID credentialId,
    UUID keyWorkspaceId,
    Role keyRole,
    Set<Permission> keyPermissions,
    String name,
    Instant createdAt,
    Instant expiresAt,
    Instant lastSeenAt,
    Workspace keyWorkspace) {

  /** The kind of credential. */
  public enum Kind { API_KEY, SESSION }

  public boolean isKey() {
    return kind == Kind.API_KEY;
  }
}
