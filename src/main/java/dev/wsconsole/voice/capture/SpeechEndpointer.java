package dev.wsconsole.voice.capture;

import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import dev.wsconsole.voice.tuning.VoiceDefaults;

/**
 * Live voice-activity detection: tracks the noise floor, reports levels, and stops the dispatcher once the
 * speaker has said enough and then stayed quiet, or when the time limit is reached.
 */
final class SpeechEndpointer implements AudioProcessor {
  private static final double SPEECH_ABOVE_FLOOR_DB = 12;
  private static final double ABSOLUTE_SPEECH_DB = -55;
  private static final double FLOOR_RISE_PER_FRAME_DB = 0.05;

  private final Runnable stop;
  private final LevelListener listener;
  private final int minSpeechFrames;
  private final int trailingSilenceFrames;
  private final int maxFrames;
  private double floorDb = Double.NaN;
  private int frames;
  private int speechFrames;
  private int silenceRun;

  SpeechEndpointer(Runnable stop, LevelListener listener, double minSpeechSeconds, double trailingSilenceSeconds,
      double maxSeconds) {
    this.stop = stop;
    this.listener = listener;
    this.minSpeechFrames = (int) Math.ceil(minSpeechSeconds / VoiceDefaults.FRAME_SECONDS);
    this.trailingSilenceFrames = (int) Math.ceil(trailingSilenceSeconds / VoiceDefaults.FRAME_SECONDS);
    this.maxFrames = (int) Math.ceil(maxSeconds / VoiceDefaults.FRAME_SECONDS);
  }

  @Override
  public boolean process(AudioEvent audioEvent) {
    double db = levelDb(audioEvent.getFloatBuffer());
    // The floor follows quiet frames at once and loud ones only slowly, so speech does not raise it.
    floorDb = Double.isNaN(floorDb) || db < floorDb ? db : floorDb + FLOOR_RISE_PER_FRAME_DB;
    boolean speech = db > ABSOLUTE_SPEECH_DB && db > floorDb + SPEECH_ABOVE_FLOOR_DB;
    frames++;
    if (speech) {
      speechFrames++;
      silenceRun = 0;
    } else {
      silenceRun++;
    }
    listener.level(db, speech);
    boolean finished = speechFrames >= minSpeechFrames && silenceRun >= trailingSilenceFrames;
    if (finished || frames >= maxFrames) {
      stop.run();
    }
    return true;
  }

  @Override
  public void processingFinished() {
  }

  static double levelDb(float[] samples) {
    double sum = 0;
    for (float s : samples) {
      sum += s * s;
    }
    return Math.max(-120, 10 * Math.log10(sum / samples.length + 1e-12));
  }
}
