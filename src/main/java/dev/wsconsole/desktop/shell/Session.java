package dev.wsconsole.desktop.shell;

import dev.wsconsole.desktop.client.ConsoleApi;
import java.util.Set;
import java.util.UUID;

/**
 * Who is signed in: the client carrying their credential, the account, and for an API key its one
 * workspace and its rights (a sign-in session learns its role per workspace).
 */
public record Session(ConsoleApi api, UUID userId, String email, UUID keyWorkspace, String keyRole,
                      Set<String> keyPermissions) {
  public boolean isKey() {
    return keyWorkspace != null;
  }
}
