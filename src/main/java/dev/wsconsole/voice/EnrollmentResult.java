package dev.wsconsole.voice;

/**
 * Outcome of an enrolment: the voiceprint bytes to store, or the reason there are none.
 *
 * @param voiceprint serialised voiceprint, or null when enrolment was refused
 * @param decision {@link VoiceDecision#ACCEPTED} on success, otherwise the refusal reason
 * @param speechSeconds detected speech over all samples
 */
public record EnrollmentResult(byte[] voiceprint, VoiceDecision decision, double speechSeconds) {
  /** True when a voiceprint was produced. */
  public boolean enrolled() {
    return voiceprint != null;
  }
}
