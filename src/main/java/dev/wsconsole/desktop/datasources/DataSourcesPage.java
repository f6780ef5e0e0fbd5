package dev.wsconsole.desktop.datasources;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.ConfirmingButton;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.DataSourceViews;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Data sources page: the server-paged source list and, for those who manage, the create/edit form,
 * delete and "Sync now" with its progress; beside it the selected source's sync history.
 */
public final class DataSourcesPage extends VBox {
  private final DataSourcesViewModel vm;
  private final TableView<DataSourceViews.View> table = new TableView<>();

  public DataSourcesPage(DataSourcesViewModel vm) {
    this.vm = vm;
    setId("datasources-page");
    setSpacing(10);
    Label title = new Label("Data sources");
    title.getStyleClass().add(Styles.TITLE_2);
    getChildren().add(title);
    if (vm.mayManage()) {
      getChildren().addAll(DataSourceFormPane.caption(), new DataSourceFormPane(vm));
    }
    VBox left = new VBox(8, createTable(), createActions(), createSyncStatus());
    VBox.setVgrow(table, Priority.ALWAYS);
    SplitPane split = new SplitPane(left, new SyncHistoryPane(vm));
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.5);
    getChildren().add(split);
    VBox.setVgrow(split, Priority.ALWAYS);
    vm.load();
  }

  private Node createTable() {
    table.setId("ds-table");
    table.getColumns().add(TextColumns.of("Type", DataSourceViews.View::sourceType));
    table.getColumns().add(TextColumns.of("Name",
        s -> s.displayName() == null ? s.name() : s.displayName() + " (" + s.name() + ")"));
    table.getColumns().add(TextColumns.of("Status", DataSourcesPage::status));
    table.getColumns().add(TextColumns.of("Last sync", s -> s.lastSyncAt() == null ? "never"
        : SyncHistoryPane.TIME.format(s.lastSyncAt()) + " · " + s.lastSyncStatus() + " · " + s.lastSyncEventCount()
        + " events"));
    table.setItems(vm.pages().items());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No data sources yet"));
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.selectedProperty().set(now);
      }
    });
    table.getItems().addListener((ListChangeListener<DataSourceViews.View>) change -> reselect());
    vm.selectedProperty().addListener((o, was, now) -> {
      if (now == null) {
        table.getSelectionModel().clearSelection();
      }
    });
    return table;
  }

  /** After a reload, the selected source stays selected (fresh from the server). */
  private void reselect() {
    DataSourceViews.View s = vm.selectedProperty().get();
    if (s != null) {
      table.getItems().stream().filter(x -> x.id().equals(s.id())).findFirst()
          .ifPresent(x -> table.getSelectionModel().select(x));
    }
  }

  private Node createActions() {
    HBox bar = PagerBar.of("ds", vm.pages());
    if (vm.mayManage()) {
      Button sync = new Button("Sync now");
      sync.setId("ds-sync");
      sync.getStyleClass().add(Styles.ACCENT);
      sync.disableProperty().bind(vm.selectedProperty().isNull().or(vm.sync().runningProperty()));
      sync.setOnAction(e -> vm.sync().syncNow(vm.selectedProperty().get()));
      Button delete = new ConfirmingButton("ds-delete", "Delete", () -> {
        if (vm.selectedProperty().get() != null) {
          vm.delete(vm.selectedProperty().get());
        }
      });
      delete.getStyleClass().add(Styles.DANGER);
      delete.disableProperty().bind(vm.selectedProperty().isNull().or(vm.sync().runningProperty()));
      bar.getChildren().addAll(sync, delete);
    }
    return bar;
  }

  private Node createSyncStatus() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setId("ds-sync-progress");
    spinner.setPrefSize(18, 18);
    spinner.visibleProperty().bind(vm.sync().runningProperty());
    spinner.managedProperty().bind(spinner.visibleProperty());
    Label progress = new Label();
    progress.setId("ds-sync-progress-text");
    progress.textProperty().bind(vm.sync().progressProperty());
    Label outcome = new Label();
    outcome.setId("ds-sync-outcome");
    outcome.textProperty().bind(vm.sync().outcomeProperty());
    outcome.setWrapText(true);
    HBox row = new HBox(8, spinner, progress, outcome);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static String status(DataSourceViews.View s) {
    if (!s.isActive()) {
      return "inactive";
    }
    return s.healthStatus() + (s.isStale() ? " · stale" : "");
  }
}
