package dev.wsconsole.server.app;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.auth.Authenticator;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Principal;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.Gatekeeper;
import dev.wsconsole.server.http.Route;
import dev.wsconsole.server.workspace.ArchivedWorkspaceRules;
import java.util.UUID;

/**
 * The pipeline's gate: credentials checked by the {@link Authenticator}, refused permissions audited, writes
 * to an archived workspace refused.
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

  /** An archived workspace is read-only until an owner restores it (decision 0034). */
  @Override
  public void admit(Access access, Route route) {
    if (ArchivedWorkspaceRules.refuses(access.workspace(), route.method(), route.operationId())) {
      throw DomainException.conflict(ArchivedWorkspaceRules.DETAIL);
    }
  }

  @Override
  public void denied(ApiCall call, Route route, String why) {
    audit.record(call.workspaceId(), AuditRecord.denied(call.actor(), route.operationId(), route.path(), why,
        call.requestId()));
  }
}
