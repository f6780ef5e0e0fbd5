package dev.wsconsole.voice.capture;

import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import dev.wsconsole.voice.features.FeatureExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Keeps the samples a dispatcher delivers (each only once, despite overlapping frames) and writes them as WAV. */
final class PcmRecorder implements AudioProcessor {
  private final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
  private boolean first = true;

  @Override
  public boolean process(AudioEvent audioEvent) {
    float[] buffer = audioEvent.getFloatBuffer();
    int from = first ? 0 : audioEvent.getOverlap();
    first = false;
    for (int i = from; i < buffer.length; i++) {
      int v = Math.round(Math.max(-1f, Math.min(1f, buffer[i])) * Short.MAX_VALUE);
      pcm.write(v & 0xff);
      pcm.write((v >> 8) & 0xff);
    }
    return true;
  }

  @Override
  public void processingFinished() {
  }

  /** The recording as a 16 kHz mono 16-bit WAV file. */
  byte[] wav() {
    byte[] data = pcm.toByteArray();
    AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(data), FeatureExtractor.FORMAT,
        data.length / 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
