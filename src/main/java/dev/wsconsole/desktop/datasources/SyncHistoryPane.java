package dev.wsconsole.desktop.datasources;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.DataSourcesApi.Run;
import dev.wsconsole.desktop.shell.PagerBar;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected source's sync runs (server-paged) and the error lines of the last "Sync now". */
final class SyncHistoryPane extends VBox {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());

  SyncHistoryPane(DataSourcesViewModel vm) {
    setSpacing(8);
    Label title = new Label();
    title.setId("ds-history-title");
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
        ? "Sync history: select a source" : "Sync history of " + vm.selectedProperty().get().name(),
        vm.selectedProperty()));
    TableView<Run> runs = new TableView<>(vm.history().items());
    runs.setId("ds-history");
    runs.getColumns().add(column("Started", r -> r.startedAt() == null ? "" : TIME.format(r.startedAt())));
    runs.getColumns().add(column("Status", Run::status));
    runs.getColumns().add(column("Duration", r -> r.durationMs() == null ? ""
        : String.format(Locale.ROOT, "%.2f s", r.durationMs() / 1000.0)));
    runs.getColumns().add(column("Imported", r -> Long.toString(r.syncedCount())));
    runs.getColumns().add(column("Failed", r -> Long.toString(r.failedCount())));
    runs.getColumns().add(column("Events", r -> Long.toString(r.eventCount())));
    runs.getColumns().add(column("Errors", r -> String.join("; ", r.errors())));
    runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    runs.setPlaceholder(new Label("No runs yet"));
    ListView<String> errors = new ListView<>(vm.sync().errors());
    errors.setId("ds-sync-errors");
    errors.setPrefHeight(90);
    errors.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.sync().errors()));
    errors.managedProperty().bind(errors.visibleProperty());
    getChildren().addAll(title, runs, PagerBar.of("ds-history", vm.history()), errors);
    VBox.setVgrow(runs, Priority.ALWAYS);
  }

  private static TableColumn<Run, String> column(String title, Function<Run, String> value) {
    TableColumn<Run, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    return c;
  }
}
