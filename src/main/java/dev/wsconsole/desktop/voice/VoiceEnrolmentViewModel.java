package dev.wsconsole.desktop.voice;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.VoiceApi;
import dev.wsconsole.voice.capture.AudioSource;
import dev.wsconsole.voice.capture.CaptureResult;
import dev.wsconsole.voice.capture.VoiceCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Voice enrolment: the user reads a few short passages, each recorded through TarsosDSP, and the
 * recordings go to the server, which computes the voiceprint and stores it on the user's person entity.
 */
public final class VoiceEnrolmentViewModel {
  /** Where enrolment stands. */
  public enum Step { READY, RECORDING, UPLOADING, ENROLLED, FAILED }

  /** Speech wanted from each passage (the server wants four seconds in all). */
  static final double MIN_PASSAGE_SPEECH_SECONDS = 1.5;
  private static final double MAX_PASSAGE_SECONDS = 20;
  private final VoiceApi api;
  private final AudioSource microphone;
  private final List<String> passages;
  private final Executor background;
  private final Executor ui;
  private final List<byte[]> recordings = new ArrayList<>();
  private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.READY);
  private final ReadOnlyIntegerWrapper passageIndex = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper passage = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Read each passage aloud, then pause.");
  private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(0);

  public VoiceEnrolmentViewModel(VoiceApi api, AudioSource microphone, List<String> passages, Executor background,
                                 Executor ui) {
    if (passages.isEmpty()) {
      throw new IllegalArgumentException("enrolment needs at least one passage");
    }
    this.api = api;
    this.microphone = microphone;
    this.passages = List.copyOf(passages);
    this.background = background;
    this.ui = ui;
    passage.set(passages.get(0));
  }

  /** Records the current passage; after the last one, uploads them all. */
  public void record() {
    if (step.get() != Step.READY) {
      return;
    }
    set(Step.RECORDING, "Listening... read passage " + (passageIndex.get() + 1) + " of " + passages.size() + ".");
    background.execute(this::recordPassage);
  }

  private void recordPassage() {
    CaptureResult result = new VoiceCapture(microphone, MIN_PASSAGE_SPEECH_SECONDS, MAX_PASSAGE_SECONDS)
        .record((db, speech) -> ui.execute(() -> level.set(LevelMeter.fraction(db))));
    ui.execute(() -> level.set(0));
    if (result instanceof CaptureResult.Unavailable u) {
      set(Step.FAILED, "No microphone could be opened (" + u.reason() + "). Enrol on a machine with one.");
    } else if (result instanceof CaptureResult.NoSpeech) {
      set(Step.READY, "No speech was heard. Read the passage aloud.");
    } else if (result instanceof CaptureResult.TooLittleSpeech) {
      set(Step.READY, "Too little speech. Read the whole passage.");
    } else if (result instanceof CaptureResult.Captured c) {
      recordings.add(c.wav());
      int next = recordings.size();
      if (next < passages.size()) {
        ui.execute(() -> {
          passageIndex.set(next);
          passage.set(passages.get(next));
          step.set(Step.READY);
          message.set("Got it. Now passage " + (next + 1) + " of " + passages.size() + ".");
        });
      } else {
        upload();
      }
    }
  }

  private void upload() {
    set(Step.UPLOADING, "Computing your voiceprint...");
    try {
      api.enroll(List.copyOf(recordings));
      set(Step.ENROLLED, "Voiceprint saved. Voice sign-in will ask you to read a passphrase.");
    } catch (ApiFailure f) {
      recordings.clear();
      ui.execute(() -> {
        passageIndex.set(0);
        passage.set(passages.get(0));
        step.set(f.status() == 422 ? Step.READY : Step.FAILED);
        message.set(f.getMessage() + (f.status() == 422 ? " Please read the passages again." : ""));
      });
    }
  }

  private void set(Step s, String text) {
    ui.execute(() -> {
      step.set(s);
      message.set(text);
    });
  }

  public ReadOnlyObjectProperty<Step> stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** Zero-based index of the passage to read now. */
  public ReadOnlyIntegerProperty passageIndexProperty() {
    return passageIndex.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty passageProperty() {
    return passage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty levelProperty() {
    return level.getReadOnlyProperty();
  }

  public int passageCount() {
    return passages.size();
  }
}
