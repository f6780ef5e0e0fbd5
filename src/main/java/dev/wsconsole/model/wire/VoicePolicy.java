package dev.wsconsole.model.wire;

import java.util.UUID;

/**
 * Whether voice sign-in runs in a workspace for the caller, and with which threshold: what the console asks
 * before showing the voice step.
 *
 * @param enabled both gates are on: the console's environment switch and the workspace's voice_auth_enabled
 * @param threshold the similarity a sample must reach (the workspace's voice_auth_threshold)
 * @param reason why voice sign-in is off (null when on)
 * @param entityId the caller's person entity, which their voiceprint belongs to
 * @param enrolled whether the caller has a voiceprint
 */
public record VoicePolicy(boolean enabled, double threshold, String reason,
                          UUID entityId, boolean enrolled) {
  public static final String ENVIRONMENT_OFF = "environment_switch_off";
  public static final String WORKSPACE_OFF = "workspace_voice_auth_disabled";
}
