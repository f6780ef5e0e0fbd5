package dev.wsconsole.desktop.voice;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The enrolment dialog's content: which passage to read, a level meter, progress and the outcome. */
public final class VoiceEnrolmentPane extends VBox {
  private final VoiceEnrolmentViewModel vm;

  public VoiceEnrolmentPane(VoiceEnrolmentViewModel vm, Runnable onClose) {
    this.vm = vm;
    setSpacing(14);
    setPadding(new Insets(24));
    setPrefWidth(520);
    getChildren().addAll(createCounter(), createPassage(), createLevelMeter(), createStatus(), createButtons(onClose));
  }

  private Label createCounter() {
    Label counter = new Label();
    counter.setId("enrol-counter");
    counter.getStyleClass().add("text-muted");
    counter.textProperty().bind(Bindings.createStringBinding(
        () -> "Passage " + (vm.passageIndexProperty().get() + 1) + " of " + vm.passageCount(),
        vm.passageIndexProperty()));
    return counter;
  }

  private Label createPassage() {
    Label passage = new Label();
    passage.setId("enrol-passage");
    passage.getStyleClass().add("title-3");
    passage.setWrapText(true);
    passage.textProperty().bind(vm.passageProperty());
    return passage;
  }

  private ProgressBar createLevelMeter() {
    ProgressBar meter = new ProgressBar();
    meter.setId("enrol-level");
    meter.setMaxWidth(Double.MAX_VALUE);
    meter.progressProperty().bind(vm.levelProperty());
    return meter;
  }

  private Label createStatus() {
    Label status = new Label();
    status.setId("enrol-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.messageProperty());
    return status;
  }

  private HBox createButtons(Runnable onClose) {
    Button record = new Button("Record passage");
    record.setId("enrol-record");
    record.setDefaultButton(true);
    record.disableProperty().bind(vm.stepProperty().isNotEqualTo(VoiceEnrolmentViewModel.Step.READY));
    record.setOnAction(e -> vm.record());
    Button close = new Button("Close");
    close.setId("enrol-close");
    close.setCancelButton(true);
    close.setOnAction(e -> onClose.run());
    HBox buttons = new HBox(10, record, close);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    return buttons;
  }
}
