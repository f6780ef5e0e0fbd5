package dev.wsconsole.server.db;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Reads, just before a tenant transaction commits, the workspaces whose keys, memberships or directory
 * row it changed: the V16 triggers (as replaced in V20) leave their ids in the transaction-local setting
 * {@code app.credentials_changed}, so no code path can change rights without it (decision 0021).
 */
final class CredentialChanges {
  static final String SETTING = "app.credentials_changed";

  private CredentialChanges() {}

  /** Empty when nothing changed; else {@code workspaceId} and every workspace the triggers named. */
  static List<UUID> read(Handle h, UUID workspaceId) {
    String seen = h.createQuery("SELECT coalesce(current_setting('" + SETTING + "', true), '')")
        .mapTo(String.class).one();
    if (seen.isBlank()) {
      return List.of();
    }
    List<UUID> out = new ArrayList<>(List.of(workspaceId));
    for (String id : seen.split(",")) {
      try {
        UUID ws = UUID.fromString(id.strip());
        if (!out.contains(ws)) {
          out.add(ws);
        }
      } catch (IllegalArgumentException notAnId) {
        // only the trigger writes ids here; anything else still evicts the transaction's own workspace
      }
    }
    return out;
  }
}
