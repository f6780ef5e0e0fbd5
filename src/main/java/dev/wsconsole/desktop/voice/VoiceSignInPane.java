package dev.wsconsole.desktop.voice;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The voice sign-in dialog's content: the passphrase to read, a live level meter, the server's
 * answer, and buttons to record, continue (once the step lets sign-in proceed) or cancel.
 */
public final class VoiceSignInPane extends VBox {
  private final VoiceSignInViewModel vm;

  /** {@code onDone} runs with the final step when the user continues or cancels. */
  public VoiceSignInPane(VoiceSignInViewModel vm, java.util.function.Consumer<VoiceStep> onDone) {
    this.vm = vm;
    setSpacing(14);
    setPadding(new Insets(24));
    setPrefWidth(460);
    getChildren().addAll(createTitle(), createPassphrase(), createLevelMeter(), createStatus(), createButtons(onDone));
  }

  private Label createTitle() {
    Label title = new Label("Confirm it's you");
    title.getStyleClass().add("title-3");
    return title;
  }

  private Label createPassphrase() {
    Label phrase = new Label();
    phrase.setId("voice-passphrase");
    phrase.getStyleClass().addAll("title-2", "accent");
    phrase.setWrapText(true);
    phrase.textProperty().bind(vm.passphraseProperty());
    return phrase;
  }

  private ProgressBar createLevelMeter() {
    ProgressBar meter = new ProgressBar();
    meter.setId("voice-level");
    meter.setMaxWidth(Double.MAX_VALUE);
    meter.progressProperty().bind(vm.levelProperty());
    meter.setAccessibleText("Microphone level");
    return meter;
  }

  private Label createStatus() {
    Label status = new Label();
    status.setId("voice-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.messageProperty());
    return status;
  }

  private HBox createButtons(java.util.function.Consumer<VoiceStep> onDone) {
    Button record = new Button("Record");
    record.setId("voice-record");
    record.setDefaultButton(true);
    record.disableProperty().bind(Bindings.createBooleanBinding(
        () -> vm.stepProperty().get() != VoiceStep.READY, vm.stepProperty()));
    record.setOnAction(e -> vm.record());
    Button proceed = new Button("Continue");
    proceed.setId("voice-continue");
    proceed.disableProperty().bind(Bindings.createBooleanBinding(
        () -> !vm.stepProperty().get().letsSignInProceed(), vm.stepProperty()));
    proceed.setOnAction(e -> onDone.accept(vm.stepProperty().get()));
    Button cancel = new Button("Cancel");
    cancel.setId("voice-cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> {
      vm.stopRecording();
      onDone.accept(VoiceStep.BLOCKED.equals(vm.stepProperty().get()) ? VoiceStep.BLOCKED : VoiceStep.REJECTED);
    });
    HBox buttons = new HBox(10, record, proceed, cancel);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    return buttons;
  }
}
