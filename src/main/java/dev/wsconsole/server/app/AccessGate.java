package dev.wsconsole.server.app;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.auth.Authenticator;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.Principal;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.Gatekeeper;
import dev.wsconsole.server.http.Route;
import java.util.UUID;

/**
 * The pipeline's gate: credentials checked by the {@link Authenticator}, refused permissions audited (repeats
 * counted).
 */
final class AccessGate implements Gatekeeper {
  private final Authenticator authenticator;
  private final AuditStore audit;

  AccessGate(Authenticator authenticator, AuditStore audit) {
    this.authenticator = authenticator;
    this.audit = audit;
  }

  @Override
  public Principal authenticate(String authorization) {
    return authenticator.authenticate(authorization);
  }

  @Override
  public Access access(Principal principal, UUID workspaceId) {
    return authenticator.access(principal, workspaceId);
  }

  @Override
  public void denied(ApiCall call, Route route, String why) {
    // A flood of refusals is one entry and a count per caller, operation and minute, not one row each.
    audit.recordRepeatable(call.workspaceId(), AuditRecord.denied(call.actor(), route.operationId(), route.path(),
        why, call.requestId()));
  }
}
