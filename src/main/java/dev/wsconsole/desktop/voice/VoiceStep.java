package dev.wsconsole.desktop.voice;

/** Where the voice step of sign-in stands; the last five end it. */
public enum VoiceStep {
  CHECKING, READY, RECORDING, VERIFYING,
  /** The server accepted the voice: sign-in goes on. */
  VERIFIED,
  /** Voice sign-in does not apply here (a gate is off): sign-in goes on. */
  NOT_REQUIRED,
  /** The voice step could not run (no microphone, pipeline or server failure, no voiceprint): sign-in goes on. */
  SKIPPED,
  /**
   * The server said the voice is not this user's, or had already closed the workspace to this session: it stays
   * closed until a new sign-in.
   */
  REJECTED,
  /** Too many attempts for now: sign-in stops here. */
  BLOCKED;

  /** Whether sign-in continues past this step. */
  public boolean letsSignInProceed() {
    return this == VERIFIED || this == NOT_REQUIRED || this == SKIPPED;
  }

  /** Whether the step is over (nothing more to record). */
  public boolean finished() {
    return letsSignInProceed() || this == BLOCKED || this == REJECTED;
  }
}
