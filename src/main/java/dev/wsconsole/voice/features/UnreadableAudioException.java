package dev.wsconsole.voice.features;

/** Thrown when bytes are not a WAV recording the pipeline can analyse (16 kHz, mono, 16-bit PCM). */
public final class UnreadableAudioException extends Exception {
  public UnreadableAudioException(String message, Throwable cause) {
    super(message, cause);
  }
}
