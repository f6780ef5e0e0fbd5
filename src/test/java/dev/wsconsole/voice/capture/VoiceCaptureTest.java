package dev.wsconsole.voice.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import dev.wsconsole.voice.Fixtures;
import dev.wsconsole.voice.SpeakerVerifier;
import dev.wsconsole.voice.VoiceDecision;
import dev.wsconsole.voice.model.BackgroundModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceCaptureTest {
  private static final LevelListener IGNORE = (db, speech) -> { };

  @Test
  void missingMicrophoneIsATypedUnavailableResult() {
    CaptureResult result = new VoiceCapture(new MicrophoneSource("no-such-mixer-4f1c"), 1.0, 5).record(IGNORE);
    CaptureResult.Unavailable unavailable = assertInstanceOf(CaptureResult.Unavailable.class, result);
    assertTrue(unavailable.reason().startsWith("microphone unavailable"));
  }

  @Test
  void everyKindOfOpenFailureIsUnavailable() {
    List<Exception> failures = List.of(new IllegalArgumentException("No line matching interface TargetDataLine"),
        new LineUnavailableException("busy"), new IllegalStateException("driver"));
    for (Exception failure : failures) {
      CaptureResult result = new VoiceCapture((rate, size, overlap) -> {
        throw failure;
      }, 1.0, 5).record(IGNORE);
      assertInstanceOf(CaptureResult.Unavailable.class, result, failure.toString());
    }
  }

  @Test
  void deviceFailingMidRecordingIsUnavailable() throws Exception {
    AudioSource failing = (rate, size, overlap) -> {
      AudioDispatcher dispatcher = new WavFileSource(Fixtures.path("a_pass.wav").toFile()).open(rate, size, overlap);
      dispatcher.addAudioProcessor(new AudioProcessor() {
        @Override
        public boolean process(AudioEvent audioEvent) {
          throw new Error("Error reading data from the line"); // what TarsosDSP throws on an IOException
        }

        @Override
        public void processingFinished() {
        }
      });
      return dispatcher;
    };
    assertInstanceOf(CaptureResult.Unavailable.class, new VoiceCapture(failing, 1.0, 5).record(IGNORE));
  }

  @Test
  void wavFileThroughTheCapturePipelineVerifiesLikeAnUpload() {
    List<Double> levels = new ArrayList<>();
    AtomicInteger speechFrames = new AtomicInteger();
    CaptureResult result = new VoiceCapture(new WavFileSource(Fixtures.path("a_pass.wav").toFile()), 1.0, 10)
        .record((db, speech) -> {
          levels.add(db);
          speechFrames.addAndGet(speech ? 1 : 0);
        });
    CaptureResult.Captured captured = assertInstanceOf(CaptureResult.Captured.class, result);
    assertTrue(captured.speechSeconds() >= 1.0);
    assertTrue(levels.size() > 100 && speechFrames.get() > 50);

    SpeakerVerifier verifier = new SpeakerVerifier(BackgroundModel.loadDefault());
    byte[] print = verifier.enroll(List.of(Fixtures.wav("a_enroll1.wav"), Fixtures.wav("a_enroll2.wav"))).voiceprint();
    assertEquals(VoiceDecision.ACCEPTED, verifier.verify(captured.wav(), print, List.of()).decision());
  }

  @Test
  void recordingStopsOnceTheSpeakerHasFinished(@TempDir Path dir) throws Exception {
    // phrase, 2 s pause, phrase again: capture must end in the pause, not at the end of the file
    Path wav = dir.resolve("phrase-pause-phrase.wav");
    writeConcatenation(wav, Fixtures.path("a_pass.wav"), Fixtures.path("silence.wav"), Fixtures.path("a_pass.wav"));
    AtomicInteger frames = new AtomicInteger();
    CaptureResult result = new VoiceCapture(new WavFileSource(wav.toFile()), 1.0, 30)
        .record((db, speech) -> frames.incrementAndGet());
    CaptureResult.Captured captured = assertInstanceOf(CaptureResult.Captured.class, result);
    assertTrue(captured.speechSeconds() > 2, "speech " + captured.speechSeconds());
    assertTrue(frames.get() > 380 && frames.get() < 560, "frames " + frames.get());
  }

  private static void writeConcatenation(Path out, Path... parts) throws Exception {
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    AudioFormat format = null;
    for (Path part : parts) {
      try (AudioInputStream in = AudioSystem.getAudioInputStream(part.toFile())) {
        format = in.getFormat();
        pcm.write(in.readAllBytes());
      }
    }
    byte[] data = pcm.toByteArray();
    AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(data), format, data.length / 2),
        AudioFileFormat.Type.WAVE, out.toFile());
  }

  @Test
  void silenceGivesNoSpeech() {
    CaptureResult result = new VoiceCapture(new WavFileSource(Fixtures.path("silence.wav").toFile()), 1.0, 5)
        .record(IGNORE);
    assertInstanceOf(CaptureResult.NoSpeech.class, result);
  }

  @Test
  void shortWordGivesTooLittleSpeech() {
    CaptureResult result = new VoiceCapture(new WavFileSource(Fixtures.path("short.wav").toFile()), 1.0, 5)
        .record(IGNORE);
    assertInstanceOf(CaptureResult.TooLittleSpeech.class, result);
  }
}
