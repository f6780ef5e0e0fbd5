package dev.wsconsole.desktop.shell;

import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.WorkspaceView;
import java.util.Set;
import java.util.UUID;

/**
 * What a page gets when the shell opens it: the client, the workspace, the caller's rights, the call
 * runner, and {@code reload} to ask the shell to read the workspace and the caller's rights again.
 */
public record PageContext(ConsoleApi api, WorkspaceView workspace, String role, Set<Permission> permissions,
                          UUID userId, BackgroundCalls calls, Runnable reload) {
  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}
