package dev.wsconsole.voice.features;

/**
 * Normalised feature vectors of the speech frames of one recording, ready for modelling and scoring.
 *
 * @param vectors one feature vector per speech frame (static cepstra, deltas, delta-deltas; CMVN applied)
 * @param speechSeconds duration of the detected speech
 * @param totalSeconds duration of the whole recording
 */
public record SpeechFeatures(float[][] vectors, double speechSeconds, double totalSeconds) {
  /** Number of speech frames. */
  public int frameCount() {
    return vectors.length;
  }

  /** Dimension of each vector (0 when there are no frames). */
  public int dimension() {
    return vectors.length == 0 ? 0 : vectors[0].length;
  }
}
