package dev.wsconsole.voice.capture;

import be.tarsos.dsp.AudioDispatcher;

/** Opens a TarsosDSP dispatcher delivering 16 kHz mono frames: the microphone, or a WAV file in tests. */
@FunctionalInterface
public interface AudioSource {
  /** Opens the source; any exception means the source is unavailable. */
  AudioDispatcher open(int sampleRate, int bufferSize, int overlap) throws Exception;
}
