package dev.wsconsole.desktop.isolation;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Prove isolation": the button that runs the server's check, its summary, and one verdict row per table. */
public final class VerdictTablePane extends VBox {

  public VerdictTablePane(IsolationViewModel vm) {
    super(8);
    setPadding(new Insets(8, 12, 12, 12));
    getStyleClass().add("iso-verdicts");
    TableView<TableVerdictRow> table = createTable(vm);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(createHeader(vm), table);
  }

  private static HBox createHeader(IsolationViewModel vm) {
    Button prove = new Button("Prove isolation");
    prove.setId("isolation-prove");
    prove.getStyleClass().add(Styles.ACCENT);
    prove.disableProperty().bind(vm.checkingProperty());
    prove.setOnAction(e -> vm.proveIsolation());
    prove.setMinWidth(Region.USE_PREF_SIZE);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(vm.checkingProperty());
    busy.managedProperty().bind(vm.checkingProperty());
    Label summary = new Label();
    summary.setId("isolation-check-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(vm.checkSummaryProperty());
    Tooltip full = new Tooltip();
    full.textProperty().bind(vm.checkSummaryProperty());
    full.setWrapText(true);
    full.setMaxWidth(480);
    summary.setTooltip(full);
    vm.isolationHoldsProperty().addListener((o, was, holds) -> {
      summary.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
      if (holds != null) {
        summary.getStyleClass().add(holds ? Styles.SUCCESS : Styles.DANGER);
      }
    });
    HBox.setHgrow(summary, Priority.ALWAYS);
    HBox header = new HBox(10, prove, busy, summary);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private static TableView<TableVerdictRow> createTable(IsolationViewModel vm) {
    TableView<TableVerdictRow> table = new TableView<>(vm.verdicts());
    table.setId("isolation-verdicts");
    table.setPlaceholder(new Label("Run \"Prove isolation\" to check every table of the database."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getStyleClass().add(Styles.STRIPED);
    TableColumn<TableVerdictRow, String> result = column("Result", TableVerdictRow::result, 70);
    result.setCellFactory(c -> new ResultCell());
    table.getColumns().add(result);
    table.getColumns().add(column("Table", TableVerdictRow::table, 220));
    table.getColumns().add(column("Kind", TableVerdictRow::kind, 70));
    table.getColumns().add(column("RLS", TableVerdictRow::rlsEnabled, 50));
    table.getColumns().add(column("Forced", TableVerdictRow::rlsForced, 60));
    table.getColumns().add(column("Policy", TableVerdictRow::policy, 160));
    table.getColumns().add(column("Verdict", TableVerdictRow::verdict, 260));
    return table;
  }

  private static TableColumn<TableVerdictRow, String> column(String title, Function<TableVerdictRow, String> value,
                                                            double width) {
    TableColumn<TableVerdictRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(row -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(row.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  /** PASS in green, FAIL in red. */
  private static final class ResultCell extends TableCell<TableVerdictRow, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("iso-pass", "iso-fail");
      setText(empty ? null : item);
      if (!empty && item != null) {
        getStyleClass().add("PASS".equals(item) ? "iso-pass" : "iso-fail");
      }
    }
  }
}
