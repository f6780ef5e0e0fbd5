package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A voice upload as the contract's multipart bodies have it ({@code audio}, {@code entity_id},
 * {@code sample_rate}) plus our {@code challenge_id}, checked field by field into 422s.
 *
 * @param entityId the entity the audio is for ("me" resolved)
 * @param samples the audio parts, each normalised to 16 kHz mono 16-bit WAV
 * @param challengeId the passphrase challenge (verification only; null when not sent)
 */
public record VoiceUpload(UUID entityId, List<byte[]> samples, UUID challengeId) {
  /** Longest verification sample accepted. */
  public static final double MAX_VERIFY_SECONDS = 20;
  /** Longest single enrolment passage accepted (the whole request is bounded by the server's body limit). */
  public static final double MAX_ENROLL_SECONDS = 30;
  /** Most enrolment passages in one request. */
  public static final int MAX_ENROLL_SAMPLES = 8;
  private static final Set<String> FIELDS = Set.of("audio", "entity_id", "sample_rate", "challenge_id");

  /** Reads an upload; {@code maxSamples} audio parts of at most {@code maxSeconds} each. */
  public static VoiceUpload read(ApiCall call, int maxSamples, double maxSeconds) {
    MultipartForm form = MultipartForm.parse(call.header("Content-Type"), call.bodyBytes());
    for (String extra : form.unknown(FIELDS)) {
      throw DomainException.invalid(List.of("body", extra), "Extra inputs are not permitted", "extra_forbidden");
    }
    UUID entity = VoiceprintRules.entity(form.text("entity_id"), List.of("body", "entity_id"), call.workspaceId(),
        call.principal().userId());
    sampleRate(form.text("sample_rate"));
    String challenge = form.text("challenge_id");
    UUID challengeId = challenge == null ? null
        : dev.wsconsole.server.core.Params.uuid(List.of("body", "challenge_id"), challenge);
    List<byte[]> parts = form.all("audio");
    if (parts.isEmpty()) {
      throw DomainException.invalid(List.of("body", "audio"), "Field required", "missing");
    }
    if (parts.size() > maxSamples) {
      throw DomainException.invalid(List.of("body", "audio"), "At most " + maxSamples + " audio file(s) per request",
          "too_long");
    }
    List<byte[]> samples = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<Object> loc = parts.size() == 1 ? List.of("body", "audio") : List.of("body", "audio", i);
      samples.add(WavInput.normalise(parts.get(i), loc, maxSeconds));
    }
    return new VoiceUpload(entity, List.copyOf(samples), challengeId);
  }

  /** The contract's sample_rate describes raw PCM; we take WAV, whose header rules, so only its range is checked. */
  private static void sampleRate(String given) {
    if (given == null || given.isEmpty()) {
      return;
    }
    int rate;
    try {
      rate = Integer.parseInt(given);
    } catch (NumberFormatException e) {
      throw DomainException.invalid(List.of("body", "sample_rate"), "Input should be a valid integer", "int_parsing");
    }
    if (rate < WavInput.MIN_RATE || rate > WavInput.MAX_RATE) {
      throw DomainException.invalid(List.of("body", "sample_rate"), "sample_rate must be between " + WavInput.MIN_RATE
          + " and " + WavInput.MAX_RATE + " Hz (audio is analysed at " + VoiceDefaults.SAMPLE_RATE + " Hz)",
          "value_error");
    }
  }
}
