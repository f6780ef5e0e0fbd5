package dev.wsconsole.voice.capture;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import java.io.File;

/** A WAV file played through the capture pipeline in place of the microphone (tests, demos). */
public final class WavFileSource implements AudioSource {
  private final File file;

  public WavFileSource(File file) {
    this.file = file;
  }

  @Override
  public AudioDispatcher open(int sampleRate, int bufferSize, int overlap) throws Exception {
    return AudioDispatcherFactory.fromFile(file, bufferSize, overlap);
  }
}
