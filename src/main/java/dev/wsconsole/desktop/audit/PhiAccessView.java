package dev.wsconsole.desktop.audit;

import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.AuditResponses;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Audit page's PHI access tab: filters by record and days, and the server-paged report. */
final class PhiAccessView extends VBox {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());

  PhiAccessView(PhiAccessViewModel vm) {
    setSpacing(10);
    setId("phi-access-view");
    TextField record = new TextField();
    record.setId("phi-record");
    record.setPromptText("record id (entity, call or review item)");
    record.setPrefColumnCount(26);
    DatePicker from = new DatePicker();
    from.setId("phi-from");
    from.setPromptText("from");
    DatePicker to = new DatePicker();
    to.setId("phi-to");
    to.setPromptText("to");
    Button apply = new Button("Filter");
    apply.setId("phi-apply");
    apply.setOnAction(e -> vm.filter(record.getText(), from.getValue(), to.getValue()));
    Label message = new Label();
    message.setId("phi-message");
    message.textProperty().bind(vm.messageProperty());
    HBox filters = new HBox(8, record, from, to, apply, message);
    filters.setAlignment(Pos.CENTER_LEFT);

    TableView<AuditResponses.Event> table = new TableView<>();
    table.setId("phi-table");
    table.getColumns().add(TextColumns.of("Time", e -> e.timestamp() == null ? "" : TIME.format(e.timestamp())));
    table.getColumns().add(TextColumns.of("Operation", AuditResponses.Event::action));
    table.getColumns().add(TextColumns.of("Records", PhiAccessViewModel::records));
    table.getColumns().add(TextColumns.of("Record", e -> e.resourceId() == null ? "(several)" : e.resourceId()));
    table.getColumns().add(TextColumns.of("Read by", PhiAccessViewModel::reader));
    table.getColumns().add(TextColumns.of("Request", e -> String.valueOf(e.metadata().getOrDefault("request_id", ""))));
    table.setItems(vm.pages().items());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No PHI access recorded for this filter."));
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(filters, table, PagerBar.of("phi", vm.pages()));
  }
}
