package dev.wsconsole.desktop.voice;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.VoiceApi;
import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.model.wire.VoiceprintViews;
import dev.wsconsole.voice.capture.AudioSource;
import dev.wsconsole.voice.capture.CaptureResult;
import dev.wsconsole.voice.capture.VoiceCapture;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The voice step of console sign-in in one workspace: asks the server whether it applies, shows a fresh
 * passphrase, records it through TarsosDSP and lets the server decide. A voice the server refuses closes the
 * workspace to this session (the server's rule: a new sign-in is needed). Any failure of the microphone, the
 * pipeline or the server's voice service records a skip with its reason (the server audits and rate-limits it,
 * and then opens the workspace): voice never locks out a legitimate user.
 */
public final class VoiceSignInViewModel {
  /** Longest recording of one passphrase. */
  static final double MAX_SECONDS = 10;
  private final VoiceApi api;
  private final AudioSource microphone;
  private final Executor background;
  private final Executor ui;
  private final ReadOnlyObjectWrapper<VoiceStep> step = new ReadOnlyObjectWrapper<>(VoiceStep.CHECKING);
  private final ReadOnlyStringWrapper passphrase = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Checking voice sign-in...");
  private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(0);
  private volatile UUID challenge;
  private volatile VoiceCapture capture;

  /**
   * @param microphone where audio comes from (the microphone; a WAV file in tests)
   * @param background runs the network and audio work
   * @param ui runs property updates (Platform::runLater in the console)
   */
  public VoiceSignInViewModel(VoiceApi api, AudioSource microphone, Executor background, Executor ui) {
    this.api = api;
    this.microphone = microphone;
    this.background = background;
    this.ui = ui;
  }

  /** Asks the server whether the step applies and, if so, for a passphrase. */
  public void start() {
    background.execute(() -> guarded(() -> {
      VoicePolicy policy = api.policy();
      if (!policy.enabled()) {
        show(VoiceStep.NOT_REQUIRED, "Voice sign-in is off here (" + policy.reason().replace('_', ' ') + ").");
      } else if (!policy.enrolled()) {
        skip("not_enrolled", null, "No voiceprint yet: enrol one in Settings. Signed in without the voice step.");
      } else {
        newChallenge("Read the passphrase aloud, then pause.");
      }
    }));
  }

  /** Records the passphrase until the speaker pauses, then sends it to the server. */
  public void record() {
    if (step.get() != VoiceStep.READY) {
      return;
    }
    show(VoiceStep.RECORDING, "Listening... read the passphrase now.");
    background.execute(() -> guarded(this::recordAndVerify));
  }

  /** Ends a recording in progress (the speaker finished early). */
  public void stopRecording() {
    VoiceCapture c = capture;
    if (c != null) {
      c.stop();
    }
  }

  private void recordAndVerify() {
    VoiceCapture c = new VoiceCapture(microphone, VoiceDefaults.MIN_VERIFY_SPEECH_SECONDS, MAX_SECONDS);
    capture = c;
    CaptureResult result;
    try {
      result = c.record((db, speech) -> ui.execute(() -> level.set(LevelMeter.fraction(db))));
    } catch (RuntimeException e) {
      skip("pipeline_error", e.toString(), "The voice pipeline failed: signed in without the voice step.");
      return;
    } finally {
      capture = null;
      ui.execute(() -> level.set(0));
    }
    if (result instanceof CaptureResult.Unavailable u) {
      skip("no_device", u.reason(), "No microphone could be opened: signed in without the voice step.");
    } else if (result instanceof CaptureResult.NoSpeech) {
      show(VoiceStep.READY, "No speech was heard. Read the passphrase aloud.");
    } else if (result instanceof CaptureResult.TooLittleSpeech t) {
      show(VoiceStep.READY, String.format("Too little speech (%.1f s of %.1f s). Read the whole passphrase.",
          t.speechSeconds(), t.minimumSeconds()));
    } else if (result instanceof CaptureResult.Captured captured) {
      show(VoiceStep.VERIFYING, "Checking your voice...");
      VoiceprintViews.Verified v = api.verify(challenge, captured.wav());
      if (v.verified()) {
        show(VoiceStep.VERIFIED, "Voice verified.");
      } else {
        show(VoiceStep.REJECTED, v.message() == null || v.message().isBlank()
            ? "The voice did not match: this workspace stays closed until you sign in again." : v.message());
      }
    }
  }

  private void newChallenge(String note) {
    VoiceprintViews.Challenge c = api.challenge();
    challenge = c.challengeId();
    ui.execute(() -> {
      passphrase.set(c.passphrase());
      step.set(VoiceStep.READY);
      message.set(note);
    });
  }

  /** Runs one piece of work; server answers become steps, anything unexpected skips the voice step. */
  private void guarded(Runnable work) {
    try {
      work.run();
    } catch (ApiFailure f) {
      answer(f);
    } catch (RuntimeException e) {
      skip("pipeline_error", e.toString(), "The voice step failed: signed in without it.");
    }
  }

  private void answer(ApiFailure f) {
    switch (f.status()) {
      case 403 -> show(VoiceStep.REJECTED, f.getMessage());
      case 422 -> show(VoiceStep.READY, f.getMessage());
      case 409 -> guarded(() -> newChallenge(f.getMessage() + " Here is a new passphrase."));
      case 429 -> show(VoiceStep.BLOCKED, f.getMessage());
      case 404 -> skip("not_enrolled", f.getMessage(), "No voiceprint found: signed in without the voice step.");
      default -> skip("server_failure", f.getMessage(), "The voice service did not answer: signed in without it.");
    }
  }

  /** Records the skip with its reason; only once the server has it does the workspace open (else it stays shut). */
  private void skip(String reason, String detail, String note) {
    try {
      api.skip(reason, detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)));
    } catch (ApiFailure refused) {
      show(refused.status() == 403 ? VoiceStep.REJECTED : VoiceStep.BLOCKED, "The voice step could not run and the"
          + " server did not accept skipping it: " + refused.getMessage());
      return;
    }
    show(VoiceStep.SKIPPED, note);
  }

  private void show(VoiceStep s, String text) {
    ui.execute(() -> {
      step.set(s);
      message.set(text);
    });
  }

  public ReadOnlyObjectProperty<VoiceStep> stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty passphraseProperty() {
    return passphrase.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The input level, 0 (silence) to 1 (full scale), while recording. */
  public ReadOnlyDoubleProperty levelProperty() {
    return level.getReadOnlyProperty();
  }
}
