package dev.wsconsole.model.wire;

import java.time.Instant;
import java.util.UUID;

/** Response bodies of the voiceprint operations (contract fields first, our additions after). */
public final class VoiceprintViews {
  private VoiceprintViews() {}

  /** VoiceprintEnrollResponse, plus the detected speech and when the voiceprint was stored. */
  public record Enrolled(UUID entityId, String modelId, int dimensions, boolean enrolled, double speechSeconds,
                         Instant enrolledAt) {}

  /** VoiceprintVerifyResponse, plus the decision behind it, the workspace threshold and a message to show. */
  public record Verified(boolean verified, double similarity, UUID entityId, String decision, double threshold,
                         double speechSeconds, String message) {}

  /** VoiceprintStatusResponse, plus the entity it describes. */
  public record Status(boolean enrolled, Instant enrolledAt, String modelId, UUID entityId) {}

  /** A passphrase challenge: read {@code passphrase} aloud and send the recording with {@code challenge_id}. */
  public record Challenge(UUID challengeId, String passphrase, Instant expiresAt, UUID entityId) {}

  /** A recorded skip of the voice step. */
  public record Skipped(boolean recorded, String reason) {}
}
