package dev.wsconsole.server.promotion;

import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.auth.Authenticator;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.voiceprint.VoiceStepGate;
import dev.wsconsole.server.workspace.ArchivedWorkspaceRules;
import java.util.List;
import java.util.UUID;

/**
 * HTTP handlers of /v1/workspaces/{workspace_id}/promotion-preview and /promote (extensions). The route
 * checks the caller administers the source; here the target is checked the same way: 404 when the caller
 * cannot see it (an API key sees only its own workspace), 403 when they see it but do not administer it or
 * (a sign-in session) have not passed its voice step.
 */
public final class PromotionHandlers {
  private final TenantTx tx;
  private final Authenticator authenticator;
  private final PromotionStore promotion;
  private final VoiceStepGate voiceStep;

  public PromotionHandlers(TenantTx tx, Authenticator authenticator, VoiceStepGate voiceStep) {
    this.tx = tx;
    this.authenticator = authenticator;
    this.voiceStep = voiceStep;
    this.promotion = new PromotionStore(tx);
  }

  public Object preview(ApiCall call) {
    PromotionRequests.Preview req = call.body(PromotionRequests.Preview.class);
    Access target = target(call, req.targetWorkspaceId());
    return promotion.preview(call.workspaceId(), target.workspaceId(), target.environment());
  }

  public Object promote(ApiCall call) {
    PromotionRequests.Promote req = call.body(PromotionRequests.Promote.class);
    if (req.previewDigest() != null && !req.previewDigest().matches("sha256:[0-9a-f]{64}")) {
      throw DomainException.invalid(List.of("body", "preview_digest"),
          "Input should be a digest from promotion-preview (sha256: and 64 hex digits)", "string_pattern_mismatch");
    }
    Access target = target(call, req.targetWorkspaceId());
    if (ArchivedWorkspaceRules.refuses(target.workspace(), "POST", "promote-workspace")) {
      throw DomainException.conflict("The target workspace is archived; an owner can restore it.");
    }
    var preview = promotion.promote(call.workspaceId(), target.workspaceId(), target.environment(),
        req.previewDigest(), AuditRecord.allowed(call.actor(), "promotion", "", call.requestId()));
    return new PromotionResponses.Promoted(preview.sourceWorkspaceId(), preview.targetWorkspaceId(), preview.digest(),
        preview);
  }

  private Access target(ApiCall call, UUID targetId) {
    if (targetId == null) {
      throw DomainException.invalid(List.of("body", "target_workspace_id"), "Field required", "missing");
    }
    if (targetId.equals(call.workspaceId())) {
      throw DomainException.invalid(List.of("body", "target_workspace_id"),
          "The target must be another workspace than the source", "value_error");
    }
    Access access = authenticator.access(call.principal(), targetId);
    if (!administers(access)) {
      throw DomainException.forbidden("Insufficient permissions: requires " + Permission.WORKSPACE_UPDATE.wireName()
          + " (admin or owner) in the target workspace.");
    }
    voiceStep.requirePassed(access); // the target's data is written too: its voice step must be passed
    return access;
  }

  private static boolean administers(Access a) {
    return a.role().priority() >= Role.ADMIN.priority() && a.may(Permission.WORKSPACE_UPDATE);
  }
}
