package dev.wsconsole.voice.features;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.io.jvm.JVMAudioInputStream;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Runs WAV bytes (or any TarsosDSP dispatcher) through the shared frame processor chain and normalises the result. */
public final class FeatureExtractor {
  /** The only format analysed; WAV files in another PCM layout are converted when the JDK can. */
  public static final AudioFormat FORMAT =
      new AudioFormat(VoiceDefaults.SAMPLE_RATE, 16, 1, true, false);

  private final FeatureNormaliser normaliser = new FeatureNormaliser();

  /** Speech features of a WAV recording. */
  public SpeechFeatures features(byte[] wav) throws UnreadableAudioException {
    return normaliser.normalise(frames(wav));
  }

  /** Speech features of frames produced by any dispatcher run (microphone or file). */
  public SpeechFeatures features(FrameSequence frames) {
    return normaliser.normalise(frames);
  }

  /** Raw frames of a WAV recording, analysed by the same processor chain as the microphone. */
  public FrameSequence frames(byte[] wav) throws UnreadableAudioException {
    try (AudioInputStream stream = open(wav)) {
      AudioDispatcher dispatcher = new AudioDispatcher(new JVMAudioInputStream(stream),
          VoiceDefaults.FRAME_SAMPLES, VoiceDefaults.FRAME_OVERLAP);
      return run(dispatcher);
    } catch (IOException e) {
      throw new UnreadableAudioException("could not read audio: " + e.getMessage(), e);
    }
  }

  /** Attaches a fresh frame processor to the dispatcher, runs it to the end and returns the frames. */
  public static FrameSequence run(AudioDispatcher dispatcher) {
    FrameFeatureProcessor processor = new FrameFeatureProcessor();
    dispatcher.addAudioProcessor(processor);
    dispatcher.run();
    return processor.frames();
  }

  private static AudioInputStream open(byte[] wav) throws UnreadableAudioException {
    AudioInputStream source;
    try {
      source = AudioSystem.getAudioInputStream(new BufferedInputStream(new ByteArrayInputStream(wav)));
    } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
      throw new UnreadableAudioException("not a WAV recording", e);
    }
    AudioFormat f = source.getFormat();
    if (f.matches(FORMAT)) {
      return source;
    }
    if (f.getSampleRate() != VoiceDefaults.SAMPLE_RATE || f.getChannels() != 1) {
      throw new UnreadableAudioException("expected 16 kHz mono audio, got " + f, null);
    }
    try {
      return AudioSystem.getAudioInputStream(FORMAT, source);
    } catch (IllegalArgumentException e) {
      throw new UnreadableAudioException("cannot convert " + f + " to 16-bit PCM", e);
    }
  }
}
