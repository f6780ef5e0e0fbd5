package dev.wsconsole.desktop.datasources;

import atlantafx.base.theme.Styles;
import dev.wsconsole.model.wire.DataSourceViews;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The create / edit form of a data source: a new source when nothing is selected, else the selected
 * one (name and type fixed). The bearer token is write-only: the form only says whether one is stored.
 */
final class DataSourceFormPane extends GridPane {
  private final DataSourcesViewModel vm;
  private final TextField name = field("ds-name", "Name, e.g. clinic-drop");
  private final TextField displayName = field("ds-display-name", "Display name");
  private final ComboBox<String> type = new ComboBox<>();
  private final ComboBox<String> strategy = new ComboBox<>();
  private final TextField dropFolder = field("ds-drop-folder", "Drop folder (absolute path)");
  private final TextField baseUrl = field("ds-base-url", "FHIR base URL");
  private final PasswordField token = new PasswordField();
  private final CheckBox active = new CheckBox("Active");
  private final Button save = new Button();
  private DataSourceViews.View editing;

  DataSourceFormPane(DataSourcesViewModel vm) {
    this.vm = vm;
    setId("ds-form");
    setHgap(8);
    setVgap(8);
    type.setId("ds-type");
    type.getItems().setAll(DataSourcesViewModel.SOURCE_TYPES);
    strategy.setId("ds-strategy");
    strategy.getItems().setAll(DataSourcesViewModel.SYNC_STRATEGIES);
    type.setMaxWidth(Double.MAX_VALUE);
    strategy.setMaxWidth(Double.MAX_VALUE);
    token.setId("ds-token");
    token.setPrefColumnCount(16);
    active.setId("ds-active");
    save.setId("ds-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.setDefaultButton(true);
    save.setOnAction(e -> vm.save(editing, values()));
    Button fresh = new Button("New source");
    fresh.setId("ds-new");
    fresh.setOnAction(e -> vm.selectedProperty().set(null));
    addRow(0, name, displayName, type, strategy);
    addRow(1, dropFolder, baseUrl, token, active);
    HBox buttons = new HBox(8, save, fresh);
    buttons.setAlignment(Pos.CENTER_LEFT);
    add(buttons, 0, 2, 4, 1);
    vm.selectedProperty().addListener((o, was, now) -> show(now));
    show(null);
  }

  private SourceForm values() {
    return new SourceForm(name.getText(), displayName.getText(), type.getValue(), strategy.getValue(),
        active.isSelected(), dropFolder.getText(), baseUrl.getText(), token.getText());
  }

  private void show(DataSourceViews.View s) {
    editing = s;
    name.setText(s == null ? "" : s.name());
    name.setDisable(s != null);
    displayName.setText(s == null || s.displayName() == null ? "" : s.displayName());
    type.setValue(s == null ? "file_drop" : s.sourceType());
    type.setDisable(s != null);
    strategy.setValue(s == null ? "manual" : s.syncStrategy());
    active.setSelected(s == null || s.isActive());
    dropFolder.setText(SourceForm.shown(s, SourceForm.DROP_FOLDER));
    baseUrl.setText(SourceForm.shown(s, SourceForm.BASE_URL));
    token.clear();
    token.setPromptText(SourceForm.hasStoredToken(s) ? "Token stored: blank keeps it" : "Bearer token (optional)");
    save.setText(s == null ? "Create data source" : "Save changes");
  }

  private static TextField field(String id, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefColumnCount(16);
    return f;
  }

  /** A caption for the form's mode, for the page header. */
  static Label caption() {
    Label l = new Label("Select a source to edit it, or fill in a new one.");
    l.getStyleClass().add(Styles.TEXT_MUTED);
    return l;
  }
}
