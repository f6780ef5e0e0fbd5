package dev.wsconsole.voice;

/** Why a voice sample was accepted or refused; callers show or audit this instead of parsing messages. */
public enum VoiceDecision {
  /** Similarity reached the threshold. */
  ACCEPTED,
  /** Speech was fine but did not sound like the enrolled speaker. */
  LOW_SIMILARITY,
  /** No speech at all was detected (silence or steady noise). */
  NO_SPEECH,
  /** Some speech was detected, but less than the minimum. */
  TOO_LITTLE_SPEECH,
  /** The bytes were not a 16 kHz mono PCM WAV recording. */
  UNREADABLE_AUDIO,
  /** The voiceprint is corrupt or was made by another model or feature version; re-enrol. */
  INCOMPATIBLE_VOICEPRINT,
  /** The sample is (nearly) identical to an earlier accepted one; set by callers that ran {@code ReplayDetector}. */
  REPLAY_SUSPECTED
}
