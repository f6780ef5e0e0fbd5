package dev.wsconsole.desktop.audit;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.AuditResponses;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Audit log page, in three tabs: the log (filters, a server-paged table, chain verification and NDJSON export),
 * the PHI access report, and the compliance summary. The two later tabs load when first opened.
 */
public final class AuditPage extends VBox {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());
  private final AuditViewModel vm;
  private final TableView<AuditResponses.Event> table = new TableView<>();

  /** {@code defaultExport} is the file the export field starts with. */
  public AuditPage(AuditViewModel vm, PhiAccessViewModel phi, ComplianceViewModel compliance, Path defaultExport) {
    this.vm = vm;
    setId("audit-page");
    setSpacing(10);
    Label title = new Label("Audit log");
    title.getStyleClass().add(Styles.TITLE_2);
    VBox log = new VBox(10, createFilters(), createTable(), PagerBar.of("audit", vm.pages()), createChecks(defaultExport));
    VBox.setVgrow(table, Priority.ALWAYS);
    TabPane tabs = new TabPane(tab("audit-tab-log", "Log", log, null), tab("audit-tab-phi", "PHI access",
        new PhiAccessView(phi), phi::load), tab("audit-tab-compliance", "Compliance", new ComplianceView(compliance),
        compliance::load));
    tabs.setId("audit-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    getChildren().addAll(title, tabs);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    vm.load();
  }

  /** A tab whose {@code firstOpen} (if any) runs the first time it is selected. */
  private static Tab tab(String id, String text, Node content, Runnable firstOpen) {
    Tab tab = new Tab(text, content);
    tab.setId(id);
    if (firstOpen != null) {
      boolean[] opened = {false};
      tab.selectedProperty().addListener((o, was, now) -> {
        if (now && !opened[0]) {
          opened[0] = true;
          firstOpen.run();
        }
      });
    }
    return tab;
  }

  private Node createFilters() {
    TextField action = new TextField();
    action.setId("audit-action");
    action.setPromptText("action, e.g. api_key.create");
    DatePicker from = new DatePicker();
    from.setId("audit-from");
    from.setPromptText("from");
    DatePicker to = new DatePicker();
    to.setId("audit-to");
    to.setPromptText("to");
    Button apply = new Button("Filter");
    apply.setId("audit-apply");
    apply.setDefaultButton(true);
    apply.setOnAction(e -> vm.filter(action.getText(), from.getValue(), to.getValue()));
    HBox row = new HBox(8, action, from, to, apply);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node createTable() {
    table.setId("audit-table");
    table.getColumns().add(TextColumns.of("Time", e -> e.timestamp() == null ? "" : TIME.format(e.timestamp())));
    table.getColumns().add(TextColumns.of("Action", AuditResponses.Event::action));
    table.getColumns().add(TextColumns.of("Result", AuditEvents::result));
    table.getColumns().add(TextColumns.of("Target", e -> e.resourceType() == null ? "" : e.resourceType()
        + (e.resourceId() == null ? "" : ":" + e.resourceId())));
    table.getColumns().add(TextColumns.of("Reason", AuditEvents::reason));
    table.getColumns().add(TextColumns.of("#", e -> Long.toString(AuditEvents.seq(e))));
    table.setItems(vm.pages().items());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  private Node createChecks(Path defaultExport) {
    Button verify = new Button("Verify chain");
    verify.setId("audit-verify");
    verify.setOnAction(e -> vm.verify());
    Label verdict = new Label();
    verdict.setId("audit-verdict");
    verdict.textProperty().bind(vm.verdictProperty());
    HBox row = new HBox(8, verify, verdict);
    row.setAlignment(Pos.CENTER_LEFT);
    if (vm.mayExport()) {
      TextField file = new TextField(defaultExport.toString());
      file.setId("audit-export-file");
      file.setPrefColumnCount(28);
      Button export = new Button("Export NDJSON");
      export.setId("audit-export");
      export.setOnAction(e -> vm.export(Path.of(file.getText().strip())));
      Label message = new Label();
      message.setId("audit-message");
      message.textProperty().bind(vm.messageProperty());
      row.getChildren().addAll(new Label("   "), file, export, message);
    }
    return row;
  }
}
