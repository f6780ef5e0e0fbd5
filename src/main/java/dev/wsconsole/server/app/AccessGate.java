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
import dev.wsconsole.server.voiceprint.VoiceStepGate;
import dev.wsconsole.server.workspace.ArchivedWorkspaceRules;
import java.util.UUID;

/**
 * The pipeline's gate: credentials checked by the {@link Authenticator}, refused permissions audited (repeats
 * counted), a session's voice step enforced by the {@link VoiceStepGate}, writes to an archived workspace refused.
 */
final class AccessGate implements Gatekeeper {
  private final Authenticator authenticator;
  private final AuditStore audit;
  private final VoiceStepGate voiceStep;

  AccessGate(Authenticator authenticator, AuditStore audit, VoiceStepGate voiceStep) {
    this.authenticator = authenticator;
    this.audit = audit;
    this.voiceStep = voiceStep;
  }

  @Override
  public Principal authenticate(String authorization) {
    return authenticator.authenticate(authorization);
  }

  @Override
  public Access access(Principal principal, UUID workspaceId) {
    return authenticator.access(principal, workspaceId);
  }

  /** The caller's voice step first, then the workspace's state: an archived one is read-only (decision 0034). */
  @Override
  public void admit(ApiCall call, Route route) {
    voiceStep.admit(call, route);
    if (ArchivedWorkspaceRules.refuses(call.access().workspace(), route.method(), route.operationId())) {
      throw DomainException.conflict(ArchivedWorkspaceRules.DETAIL);
    }
  }

  @Override
  public void denied(ApiCall call, Route route, String why) {
    // A flood of refusals is one entry and a count per caller, operation and minute, not one row each.
    audit.recordRepeatable(call.workspaceId(), AuditRecord.denied(call.actor(), route.operationId(), route.path(),
        why, call.requestId()));
  }
}
