package dev.wsconsole.desktop.shell;

import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.desktop.client.WorkspacesApi.Workspace;
import dev.wsconsole.model.Permission;
import java.util.Set;
import java.util.UUID;

/** What a page gets when the shell opens it: the client, the workspace, the caller's rights and the call runner. */
public record PageContext(ConsoleApi api, Workspace workspace, String role, Set<Permission> permissions,
                          UUID userId, BackgroundCalls calls) {
  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}
