package dev.wsconsole.desktop.audit;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.TextColumns;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Audit page's compliance tab: the HIPAA status, the evidence summary and the API keys under review. */
final class ComplianceView extends VBox {

  ComplianceView(ComplianceViewModel vm) {
    setSpacing(10);
    setId("compliance-view");
    Label status = new Label();
    status.setId("compliance-status");
    status.getStyleClass().add(Styles.TITLE_4);
    status.textProperty().bind(vm.statusProperty());
    Button refresh = new Button("Refresh");
    refresh.setId("compliance-refresh");
    refresh.setOnAction(e -> vm.load());
    HBox head = new HBox(12, status, refresh);
    head.setAlignment(Pos.CENTER_LEFT);
    Label summary = new Label();
    summary.setId("compliance-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(vm.summaryProperty());
    TableView<Map<String, Object>> keys = new TableView<>(vm.credentials());
    keys.setId("compliance-credentials");
    keys.getColumns().add(TextColumns.of("API key", r -> text(r, "name")));
    keys.getColumns().add(TextColumns.of("Role", r -> text(r, "role")));
    keys.getColumns().add(TextColumns.of("Status", r -> text(r, "status")));
    keys.getColumns().add(TextColumns.of("Created", r -> text(r, "created_at")));
    keys.getColumns().add(TextColumns.of("Last used", r -> text(r, "last_used_at")));
    keys.getColumns().add(TextColumns.of("Expires", r -> text(r, "expires_at")));
    keys.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    VBox.setVgrow(keys, Priority.ALWAYS);
    getChildren().addAll(head, summary, new Label("Access review: every API key of the workspace"), keys);
  }

  private static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? "" : value.toString();
  }
}
