package dev.wsconsole.voice.features;

import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import be.tarsos.dsp.mfcc.MFCC;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.ArrayList;
import java.util.List;

/** TarsosDSP processor that turns every dispatched frame into cepstral coefficients plus a frame energy. */
public final class FrameFeatureProcessor implements AudioProcessor {
  static final int CEPSTRAL_COEFFICIENTS = 40;
  private static final int MEL_FILTERS = 60;
  private static final float LOWEST_HZ = 100f;
  private static final float HIGHEST_HZ = 7600f;
  private static final float PRE_EMPHASIS = 0.97f;

  private final MFCC mfcc = new MFCC(VoiceDefaults.FRAME_SAMPLES, VoiceDefaults.SAMPLE_RATE,
      CEPSTRAL_COEFFICIENTS, MEL_FILTERS, LOWEST_HZ, HIGHEST_HZ);
  private final float[] emphasised = new float[VoiceDefaults.FRAME_SAMPLES];
  private final List<float[]> cepstra = new ArrayList<>();
  private final List<Float> energies = new ArrayList<>();

  @Override
  public boolean process(AudioEvent audioEvent) {
    float[] original = audioEvent.getFloatBuffer();
    energies.add((float) energyDb(original));
    // The dispatcher reuses its buffer for the next (overlapping) frame: emphasise a copy only.
    emphasised[0] = original[0] * (1 - PRE_EMPHASIS);
    for (int i = 1; i < original.length; i++) {
      emphasised[i] = original[i] - PRE_EMPHASIS * original[i - 1];
    }
    audioEvent.setFloatBuffer(emphasised);
    try {
      mfcc.process(audioEvent);
    } finally {
      audioEvent.setFloatBuffer(original);
    }
    cepstra.add(mfcc.getMFCC().clone());
    return true;
  }

  @Override
  public void processingFinished() {
  }

  /** Frames processed so far, in order. */
  public FrameSequence frames() {
    float[] e = new float[energies.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = energies.get(i);
    }
    return new FrameSequence(cepstra.toArray(new float[0][]), e);
  }

  static double energyDb(float[] samples) {
    double sum = 0;
    for (float s : samples) {
      sum += s * s;
    }
    return 10 * Math.log10(sum / samples.length + 1e-12);
  }
}
