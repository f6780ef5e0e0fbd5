package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.voice.VoiceDecision;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.List;
import java.util.Locale;

/** What a voice decision means to the person at the microphone, and the error answer of a refusal. */
final class VoiceMessages {
  private VoiceMessages() {}

  /** A refusal before any scoring as an error answer: too little speech and unreadable audio are 422s. */
  static DomainException refusal(VoiceDecision decision, double speechSeconds, boolean enrolment) {
    if (decision == VoiceDecision.INCOMPATIBLE_VOICEPRINT) {
      return DomainException.conflict(message(decision, speechSeconds, enrolment));
    }
    return DomainException.invalid(List.of("body", "audio"), message(decision, speechSeconds, enrolment),
        decision.name().toLowerCase(Locale.ROOT));
  }

  static String message(VoiceDecision decision, double speechSeconds, boolean enrolment) {
    double needed = enrolment ? VoiceDefaults.MIN_ENROLL_SPEECH_SECONDS : VoiceDefaults.MIN_VERIFY_SPEECH_SECONDS;
    return switch (decision) {
      case ACCEPTED -> "Voice verified.";
      case LOW_SIMILARITY -> "The voice did not match the enrolled voiceprint closely enough.";
      case NO_SPEECH -> "No speech was detected in the recording (silence or steady noise). Speak clearly, close"
          + " to the microphone, and try again.";
      case TOO_LITTLE_SPEECH -> String.format(Locale.ROOT, "Only %.1f s of speech was detected; at least %.0f s"
          + " are needed. Read the %s in full.", speechSeconds, needed, enrolment ? "passages" : "passphrase");
      case UNREADABLE_AUDIO -> "The audio could not be read as 16 kHz mono 16-bit PCM WAV.";
      case INCOMPATIBLE_VOICEPRINT -> "The stored voiceprint was made by another voice model; enrol again.";
      case REPLAY_SUSPECTED -> "This recording matches an earlier one. Record the new passphrase live.";
    };
  }
}
