package dev.wsconsole.voice.capture;

/** What a capture produced: a usable recording, or a typed reason why not. Never an exception. */
public sealed interface CaptureResult {

  /**
   * A recording with enough speech.
   *
   * @param wav 16 kHz mono 16-bit WAV bytes, ready to upload for enrolment or verification
   * @param speechSeconds detected speech
   * @param totalSeconds recorded duration
   */
  record Captured(byte[] wav, double speechSeconds, double totalSeconds) implements CaptureResult {
  }

  /** No microphone could be opened (no sound card, line busy, unsupported format...). */
  record Unavailable(String reason) implements CaptureResult {
  }

  /** Recording worked but contained no speech at all. */
  record NoSpeech(double totalSeconds) implements CaptureResult {
  }

  /** Recording held some speech, but less than the minimum. */
  record TooLittleSpeech(double speechSeconds, double minimumSeconds) implements CaptureResult {
  }
}
