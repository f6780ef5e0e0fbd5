package dev.wsconsole.voice.tuning;

/** Constants shared by the voice pipeline: audio format, framing, model sizes and the default decision threshold. */
public final class VoiceDefaults {
  /** Sample rate of every analysed signal, microphone and WAV alike. */
  public static final int SAMPLE_RATE = 16_000;
  /** 25 ms analysis window. */
  public static final int FRAME_SAMPLES = 400;
  /** 10 ms hop between frames. */
  public static final int HOP_SAMPLES = 160;
  /** Overlap handed to TarsosDSP dispatchers so that frames advance by {@link #HOP_SAMPLES}. */
  public static final int FRAME_OVERLAP = FRAME_SAMPLES - HOP_SAMPLES;
  /** Seconds per feature frame. */
  public static final double FRAME_SECONDS = HOP_SAMPLES / (double) SAMPLE_RATE;
  /** Bumped whenever features change so that old voiceprints are refused instead of silently mis-scored. */
  public static final int FEATURE_VERSION = 1;
  /** Calibrated similarity at or above which a sample is accepted; holds across speakers it was not tuned on. */
  public static final double DEFAULT_THRESHOLD = 0.5;
  /** Minimum detected speech in a verification sample. */
  public static final double MIN_VERIFY_SPEECH_SECONDS = 1.0;
  /** Minimum detected speech over all enrolment samples together. */
  public static final double MIN_ENROLL_SPEECH_SECONDS = 4.0;
  /** MAP relevance factor for adapting the UBM means to a speaker. */
  public static final double MAP_RELEVANCE = 16.0;
  /** Number of best UBM components scored per frame. */
  public static final int TOP_COMPONENTS = 5;

  private VoiceDefaults() {
  }
}
