package dev.wsconsole.server.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One stored audit entry with its chain fields, as read back for listing, export and verification. */
public record AuditEntry(UUID id, UUID workspaceId, long seq, Map<String, Object> actor, String actorJson,
                         String action, String target, String result, String reason, String requestId,
                         Instant createdAt, byte[] prevHash, byte[] hash) {

  /** The resource type: the part of the target before ':' ("api_key" in "api_key:<id>"). */
  public String resourceType() {
    int colon = target.indexOf(':');
    return colon < 0 ? (target.isEmpty() ? "workspace" : target) : target.substring(0, colon);
  }

  /** The resource id: the part of the target after ':', or null. */
  public String resourceId() {
    int colon = target.indexOf(':');
    return colon < 0 ? null : target.substring(colon + 1);
  }
}
