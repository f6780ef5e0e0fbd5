package dev.wsconsole.server.voiceprint;

import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The checks every voice attempt passes, each refusal audited: both gates, own voice only, the rate limits. */
final class VoiceChecks {
  private VoiceChecks() {}

  static void enabled(ApiCall call, VoiceAudit audit, VoicePolicy policy, String action) {
    try {
      VoicePolicyRules.requireEnabled(policy);
    } catch (DomainException e) {
      audit.refused(call, action, policy.entityId(), "voice sign-in off: " + policy.reason());
      throw e;
    }
  }

  static void ownVoice(ApiCall call, VoiceAudit audit, UUID entity, String action, String verb) {
    try {
      VoiceprintRules.requireOwn(entity, call.workspaceId(), call.principal().userId(), verb);
    } catch (DomainException e) {
      audit.refused(call, action, entity, "not the caller's own voice");
      throw e;
    }
  }

  /** Takes an attempt slot, or answers 429 with Retry-After (audited) when the user or workspace is over its limit. */
  static void reserve(ApiCall call, VoiceSignIn voice, VoiceAudit audit, RateLimitRules.Limits limits, String action,
                      UUID entity) {
    long wait = voice.attempts.reserve(call.workspaceId(), call.principal().userId(), limits);
    if (wait == 0) {
      return;
    }
    audit.refused(call, action, entity, "rate limited: retry after " + wait + " s");
    call.responseHeader("Retry-After", Long.toString(wait));
    Map<String, Object> body = new LinkedHashMap<>();
    String detail = "Too many voice " + limits.kind() + " attempts; try again in " + wait + " s.";
    body.put("detail", detail);
    body.put("retry_after", wait);
    throw DomainException.withBody(DomainException.Kind.TOO_MANY, detail, body);
  }
}
