package dev.wsconsole.model;

/**
 * A workspace's security switches (the platform's SecuritySettingsResponse) plus our extension
 * {@code voice_auth_threshold}: the verification score a voice sign-in must reach.
 */
public record SecuritySettings(boolean voiceAuthEnabled, double voiceAuthThreshold) {
  /** Voice sign-in is off until a workspace turns it on. */
  public static final boolean DEFAULT_VOICE_AUTH_ENABLED = false;
  /** The calibrated score a voice sign-in must reach when the workspace sets none (set by the voice sign-in issue). */
  public static final double DEFAULT_VOICE_AUTH_THRESHOLD = 0.5;
  /** Lowest accepted threshold: the score is calibrated to 0.0-1.0. */
  public static final double MIN_VOICE_AUTH_THRESHOLD = 0.0;
  /** Highest accepted threshold. */
  public static final double MAX_VOICE_AUTH_THRESHOLD = 1.0;
}
