package dev.wsconsole.voice.capture;

import be.tarsos.dsp.AudioDispatcher;
import dev.wsconsole.voice.features.FeatureExtractor;
import dev.wsconsole.voice.features.FrameFeatureProcessor;
import dev.wsconsole.voice.features.SpeechFeatures;
import dev.wsconsole.voice.tuning.VoiceDefaults;

/**
 * Records one utterance through the same TarsosDSP processor chain as WAV analysis, with a level meter and
 * end-of-speech detection. Blocking: call it off the UI thread. Never throws; failures are typed results.
 */
public final class VoiceCapture {
  private final AudioSource source;
  private final double minSpeechSeconds;
  private final double maxSeconds;
  private volatile AudioDispatcher running;

  /**
   * @param source where audio comes from ({@link MicrophoneSource} or {@link WavFileSource})
   * @param minSpeechSeconds speech required before the recording may end
   * @param maxSeconds hard limit on the recording length
   */
  public VoiceCapture(AudioSource source, double minSpeechSeconds, double maxSeconds) {
    this.source = source;
    this.minSpeechSeconds = minSpeechSeconds;
    this.maxSeconds = maxSeconds;
  }

  /** Records until the speaker has finished (0.8 s of quiet after enough speech) or the limit is reached. */
  public CaptureResult record(LevelListener levels) {
    AudioDispatcher dispatcher;
    try {
      dispatcher = source.open(VoiceDefaults.SAMPLE_RATE, VoiceDefaults.FRAME_SAMPLES, VoiceDefaults.FRAME_OVERLAP);
    } catch (Exception | LinkageError e) {
      // No sound card gives IllegalArgumentException, a busy line LineUnavailableException: all mean the same.
      return new CaptureResult.Unavailable("microphone unavailable: " + e);
    }
    PcmRecorder recorder = new PcmRecorder();
    FrameFeatureProcessor features = new FrameFeatureProcessor();
    dispatcher.addAudioProcessor(new SpeechEndpointer(dispatcher::stop, levels, minSpeechSeconds, 0.8, maxSeconds));
    dispatcher.addAudioProcessor(recorder);
    dispatcher.addAudioProcessor(features);
    running = dispatcher;
    try {
      dispatcher.run();
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // TarsosDSP turns a read failure (device unplugged mid-recording) into a plain java.lang.Error.
      return new CaptureResult.Unavailable("microphone unavailable: " + e);
    } finally {
      running = null;
    }
    SpeechFeatures speech = new FeatureExtractor().features(features.frames());
    if (speech.speechSeconds() == 0) {
      return new CaptureResult.NoSpeech(speech.totalSeconds());
    }
    if (speech.speechSeconds() < minSpeechSeconds) {
      return new CaptureResult.TooLittleSpeech(speech.speechSeconds(), minSpeechSeconds);
    }
    return new CaptureResult.Captured(recorder.wav(), speech.speechSeconds(), speech.totalSeconds());
  }

  /** Ends a recording in progress (from another thread, e.g. a Stop button). */
  public void stop() {
    AudioDispatcher dispatcher = running;
    if (dispatcher != null) {
      dispatcher.stop();
    }
  }
}
