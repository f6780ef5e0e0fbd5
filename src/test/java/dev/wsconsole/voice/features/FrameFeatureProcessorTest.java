package dev.wsconsole.voice.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import dev.wsconsole.voice.Fixtures;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameFeatureProcessorTest {

  @Test
  void preEmphasisLeavesTheDispatcherBufferUntouched() throws Exception {
    AudioDispatcher dispatcher = AudioDispatcherFactory.fromFile(Fixtures.path("a_pass.wav").toFile(),
        VoiceDefaults.FRAME_SAMPLES, VoiceDefaults.FRAME_OVERLAP);
    List<float[]> before = new ArrayList<>();
    List<float[]> after = new ArrayList<>();
    dispatcher.addAudioProcessor(recorder(before));
    dispatcher.addAudioProcessor(new FrameFeatureProcessor());
    dispatcher.addAudioProcessor(recorder(after));
    dispatcher.run();
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      assertArrayEquals(before.get(i), after.get(i));
    }
  }

  @Test
  void fileAndBytePathsGiveTheSameFrames() throws Exception {
    AudioDispatcher dispatcher = AudioDispatcherFactory.fromFile(Fixtures.path("a_pass.wav").toFile(),
        VoiceDefaults.FRAME_SAMPLES, VoiceDefaults.FRAME_OVERLAP);
    FrameSequence fromFile = FeatureExtractor.run(dispatcher);
    FrameSequence fromBytes = new FeatureExtractor().frames(Fixtures.wav("a_pass.wav"));
    assertEquals(fromFile.length(), fromBytes.length());
    assertArrayEquals(fromFile.cepstra()[200], fromBytes.cepstra()[200]);
    // 3.9 s at a 10 ms hop
    assertTrue(Math.abs(fromFile.seconds() - 3.9) < 0.1, "seconds " + fromFile.seconds());
  }

  @Test
  void speechFeaturesAreMeanAndVarianceNormalised() throws Exception {
    SpeechFeatures features = new FeatureExtractor().features(Fixtures.wav("a_pass.wav"));
    assertEquals(FeatureNormaliser.DIMENSION, features.dimension());
    assertTrue(features.speechSeconds() > 1.5 && features.speechSeconds() < features.totalSeconds());
    double mean = 0;
    double square = 0;
    for (float[] v : features.vectors()) {
      mean += v[0];
      square += v[0] * v[0];
    }
    assertEquals(0, mean / features.frameCount(), 1e-3);
    assertEquals(1, square / features.frameCount(), 1e-2);
  }

  private static AudioProcessor recorder(List<float[]> frames) {
    return new AudioProcessor() {
      @Override
      public boolean process(AudioEvent audioEvent) {
        frames.add(audioEvent.getFloatBuffer().clone());
        return true;
      }

      @Override
      public void processingFinished() {
      }
    };
  }
}
