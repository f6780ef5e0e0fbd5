package dev.wsconsole.server.voiceprint;

import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.server.core.DomainException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Pure rules of the two voice gates: the environment switch first, then the workspace setting. */
public final class VoicePolicyRules {
  private VoicePolicyRules() {}

  /** The effective policy for a caller whose person entity is {@code entityId}. */
  public static VoicePolicy effective(boolean environmentOn, SecuritySettings settings, UUID entityId,
                                      boolean enrolled) {
    String reason = !environmentOn ? VoicePolicy.ENVIRONMENT_OFF
        : !settings.voiceAuthEnabled() ? VoicePolicy.WORKSPACE_OFF : null;
    return new VoicePolicy(reason == null, settings.voiceAuthThreshold(), reason, entityId, enrolled);
  }

  /** Refuses with 409 (and the reason) unless both gates are on. */
  public static void requireEnabled(VoicePolicy policy) {
    if (policy.enabled()) {
      return;
    }
    String why = VoicePolicy.ENVIRONMENT_OFF.equals(policy.reason())
        ? "voice sign-in is switched off for this console (WSC_VOICE_AUTH or voice_auth in console.properties)"
        : "voice sign-in is disabled in this workspace's security settings (voice_auth_enabled)";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("detail", "Voice sign-in is off: " + why + ".");
    body.put("reason", policy.reason());
    throw DomainException.withBody(DomainException.Kind.CONFLICT, (String) body.get("detail"), body);
  }
}
