package dev.wsconsole.server.core;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.Workspace;
import java.util.Set;
import java.util.UUID;

/**
 * A principal's standing in one workspace: the role it acts with and the rights that follow, and the
 * workspace's directory entry as read for this request (handlers use it instead of reading it again).
 */
public record Access(UUID workspaceId, Environment environment, Role role, Set<Permission> permissions,
                     Principal principal, Workspace workspace) {

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}
