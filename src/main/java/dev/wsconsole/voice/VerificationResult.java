package dev.wsconsole.voice;

/**
 * Outcome of scoring one sample against a voiceprint.
 *
 * @param verified true only when {@code decision} is {@link VoiceDecision#ACCEPTED}
 * @param similarity calibrated score in 0..1, compared with the threshold
 * @param score calibrated log-likelihood-ratio score behind the similarity (0 = similarity 0.5)
 * @param decision the reason for the outcome
 * @param speechSeconds detected speech in the sample
 */
public record VerificationResult(boolean verified, double similarity, double score,
    VoiceDecision decision, double speechSeconds) {

  /** A refusal that happened before any scoring. */
  public static VerificationResult refused(VoiceDecision decision, double speechSeconds) {
    return new VerificationResult(false, 0, Double.NEGATIVE_INFINITY, decision, speechSeconds);
  }
}
