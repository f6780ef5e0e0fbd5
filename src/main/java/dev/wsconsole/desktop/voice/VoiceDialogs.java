package dev.wsconsole.desktop.voice;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Shows the voice panes as modal windows over the console. */
public final class VoiceDialogs {
  private VoiceDialogs() {}

  /** Runs the voice step of sign-in and returns how it ended (the window closed counts as cancelled). */
  public static VoiceStep signIn(Window owner, VoiceSignInViewModel vm) {
    Stage stage = modal(owner, "Workspace Console — voice sign-in");
    AtomicReference<VoiceStep> outcome = new AtomicReference<>(VoiceStep.REJECTED);
    stage.setScene(new Scene(new VoiceSignInPane(vm, step -> {
      outcome.set(step);
      stage.close();
    })));
    vm.start();
    stage.showAndWait();
    vm.stopRecording();
    return outcome.get();
  }

  /** Runs voice enrolment until the user closes it. */
  public static void enrol(Window owner, VoiceEnrolmentViewModel vm) {
    Stage stage = modal(owner, "Workspace Console — enrol your voice");
    stage.setScene(new Scene(new VoiceEnrolmentPane(vm, stage::close)));
    stage.showAndWait();
  }

  private static Stage modal(Window owner, String title) {
    Stage stage = new Stage();
    stage.setTitle(title);
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
    } else {
      stage.initModality(Modality.APPLICATION_MODAL);
    }
    return stage;
  }
}
