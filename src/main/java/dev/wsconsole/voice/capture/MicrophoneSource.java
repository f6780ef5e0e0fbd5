package dev.wsconsole.voice.capture;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import be.tarsos.dsp.io.jvm.JVMAudioInputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The system's default microphone, or a capture mixer chosen by name. */
public final class MicrophoneSource implements AudioSource {
  private final String mixerName;

  /** The default microphone. */
  public MicrophoneSource() {
    this(null);
  }

  /** The capture mixer whose name contains {@code mixerName} (null: the default microphone). */
  public MicrophoneSource(String mixerName) {
    this.mixerName = mixerName;
  }

  @Override
  public AudioDispatcher open(int sampleRate, int bufferSize, int overlap) throws Exception {
    if (mixerName == null) {
      // The three-argument form: the two-argument one silently forces 44.1 kHz.
      return AudioDispatcherFactory.fromDefaultMicrophone(sampleRate, bufferSize, overlap);
    }
    AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
    DataLine.Info info = new DataLine.Info(TargetDataLine.class, format);
    Mixer mixer = AudioSystem.getMixer(findMixer());
    TargetDataLine line = (TargetDataLine) mixer.getLine(info);
    line.open(format, bufferSize * 2);
    line.start();
    return new AudioDispatcher(new JVMAudioInputStream(new AudioInputStream(line)), bufferSize, overlap);
  }

  private Mixer.Info findMixer() {
    for (Mixer.Info info : AudioSystem.getMixerInfo()) {
      if (info.getName().contains(mixerName)) {
        return info;
      }
    }
    throw new IllegalArgumentException("no audio mixer named " + mixerName);
  }
}
