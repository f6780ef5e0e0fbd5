package dev.wsconsole.voice.features;

import dev.wsconsole.voice.tuning.VoiceDefaults;

/**
 * Raw per-frame analysis of a recording: TarsosDSP cepstra (c0..c39) and frame energies in dBFS.
 *
 * @param cepstra one array of cepstral coefficients per frame
 * @param energiesDb frame energy in dB relative to full scale
 */
public record FrameSequence(float[][] cepstra, float[] energiesDb) {
  /** Number of frames. */
  public int length() {
    return cepstra.length;
  }

  /** Duration covered by the frames. */
  public double seconds() {
    return cepstra.length * VoiceDefaults.FRAME_SECONDS;
  }
}
