package dev.wsconsole.desktop.settings;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Settings page: voice, security (voice sign-in and threshold), retention and test caller numbers. */
public final class SettingsPage extends ScrollPane {
  private final SettingsViewModel vm;

  public SettingsPage(SettingsViewModel vm) {
    this(vm, null);
  }

  /** {@code enrolVoice} opens voice enrolment over the given window (null: no enrolment button). */
  public SettingsPage(SettingsViewModel vm, java.util.function.Consumer<javafx.stage.Window> enrolVoice) {
    this.vm = vm;
    setId("settings-page");
    setFitToWidth(true);
    Label title = new Label("Settings");
    title.getStyleClass().add(Styles.TITLE_2);
    Label message = new Label();
    message.setId("settings-message");
    message.textProperty().bind(vm.messageProperty());
    VBox content = new VBox(10, title, message,
        section("Security", SettingsViewModel.SECURITY, "voice_auth_enabled", "voice_auth_threshold"),
        section("Voice", SettingsViewModel.VOICE, "tone", "language", "speed", "volume",
            "post_call_analysis_enabled", "transcript_correction_enabled"),
        section("Retention", SettingsViewModel.RETENTION, "audit_log_days", "call_recordings_days",
            "call_transcripts_days", "world_events_days", "phi_data_days", "legal_hold", "legal_hold_reason"),
        createTestCallers());
    if (enrolVoice != null) {
      content.getChildren().add(2, createMyVoice(enrolVoice));
    }
    setContent(content);
    vm.load();
  }

  private Node section(String title, String name, String... fields) {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    Map<String, Control> inputs = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      Control input = fields[i].endsWith("_enabled") || fields[i].equals("legal_hold") ? new CheckBox() : new TextField();
      input.setId("settings-" + name + "-" + fields[i].replace('_', '-'));
      input.setDisable(!vm.mayEdit());
      inputs.put(fields[i], input);
      grid.addRow(i, new Label(fields[i].replace('_', ' ')), input);
    }
    vm.section(name).addListener((o, was, values) -> fill(inputs, values));
    VBox box = new VBox(8, grid);
    if (vm.mayEdit()) {
      Button save = new Button("Save " + title.toLowerCase());
      save.setId("settings-" + name + "-save");
      save.setOnAction(e -> vm.save(name, read(inputs)));
      box.getChildren().add(save);
    }
    TitledPane pane = new TitledPane(title, box);
    pane.setCollapsible(false);
    return pane;
  }

  /** Every member enrols their own voice for voice sign-in (the server keeps the voiceprint). */
  private Node createMyVoice(java.util.function.Consumer<javafx.stage.Window> enrolVoice) {
    Label hint = new Label("Voice sign-in asks you to read a passphrase; enrol by reading three short passages.");
    hint.setWrapText(true);
    Button enrol = new Button("Enrol my voice");
    enrol.setId("settings-voice-enrol");
    enrol.setOnAction(e -> enrolVoice.accept(getScene() == null ? null : getScene().getWindow()));
    TitledPane pane = new TitledPane("My voice", new VBox(8, hint, enrol));
    pane.setCollapsible(false);
    return pane;
  }

  private Node createTestCallers() {
    TextArea numbers = new TextArea();
    numbers.setId("settings-test-callers");
    numbers.setPrefRowCount(4);
    numbers.setPromptText("+15551230000, one per line");
    numbers.setEditable(vm.mayEdit());
    vm.testCallersProperty().addListener((o, was, now) -> numbers.setText(String.join("\n", now)));
    VBox box = new VBox(8, numbers);
    if (vm.mayEdit()) {
      Button save = new Button("Save test callers");
      save.setId("settings-test-callers-save");
      save.setOnAction(e -> vm.saveTestCallers(numbers.getText()));
      box.getChildren().add(save);
    }
    TitledPane pane = new TitledPane("Test caller numbers", box);
    pane.setCollapsible(false);
    return pane;
  }

  private static void fill(Map<String, Control> inputs, Map<String, Object> values) {
    inputs.forEach((field, input) -> {
      Object v = values.get(field);
      if (input instanceof CheckBox box) {
        box.setSelected(Boolean.TRUE.equals(v));
      } else {
        ((TextField) input).setText(v == null ? "" : v.toString());
      }
    });
  }

  private static Map<String, Object> read(Map<String, Control> inputs) {
    Map<String, Object> out = new LinkedHashMap<>();
    inputs.forEach((field, input) -> out.put(field, input instanceof CheckBox box ? box.isSelected()
        : ((TextField) input).getText()));
    return out;
  }
}
