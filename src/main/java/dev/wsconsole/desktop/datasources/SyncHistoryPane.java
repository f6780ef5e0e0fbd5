package dev.wsconsole.desktop.datasources;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.DataSourceViews;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
    TableView<DataSourceViews.Run> runs = new TableView<>(vm.history().items());
    runs.setId("ds-history");
    runs.getColumns().add(TextColumns.of("Started", r -> r.startedAt() == null ? "" : TIME.format(r.startedAt())));
    runs.getColumns().add(TextColumns.of("Status", DataSourceViews.Run::status));
    runs.getColumns().add(TextColumns.of("Duration", r -> r.durationMs() == null ? ""
        : String.format(Locale.ROOT, "%.2f s", r.durationMs() / 1000.0)));
    runs.getColumns().add(TextColumns.of("Imported", r -> Long.toString(r.syncedCount())));
    runs.getColumns().add(TextColumns.of("Failed", r -> Long.toString(r.failedCount())));
    runs.getColumns().add(TextColumns.of("Events", r -> Long.toString(r.eventCount())));
    runs.getColumns().add(TextColumns.of("Errors", r -> String.join("; ", r.errors())));
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
}
