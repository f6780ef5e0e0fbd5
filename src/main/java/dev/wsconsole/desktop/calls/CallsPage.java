package dev.wsconsole.desktop.calls;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.CallViews;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Calls page: direction and status filters, the server-paged call list beside the open call's
 * transcript and participants, the calls in progress, and "Simulate calls" in development workspaces;
 * F5 reads everything again.
 */
public final class CallsPage extends VBox {
  static final String ANY = "any";
  private static final List<String> DIRECTIONS = List.of(ANY, "inbound", "outbound", "playground", "simulated", "test");
  private static final List<String> STATUSES = List.of(ANY, "initiated", "ringing", "in-progress", "completed", "busy",
      "no-answer", "canceled", "failed", "unknown");
  private final CallsViewModel vm;
  private final TableView<CallViews.CallSummary> table = new TableView<>();
  private final CallDetailPane detail = new CallDetailPane();

  public CallsPage(CallsViewModel vm) {
    this.vm = vm;
    setId("calls-page");
    setSpacing(10);
    Label title = new Label("Calls");
    title.getStyleClass().add(Styles.TITLE_2);
    HBox tools = createFilters();
    if (vm.maySimulate()) {
      tools.getChildren().add(createSimulator());
    }
    VBox left = new VBox(6, createList(), PagerBar.of("calls", vm.pages()), new Label("Active sessions"),
        createActive());
    VBox.setVgrow(left.getChildren().get(0), Priority.ALWAYS);
    SplitPane split = new SplitPane(left, detail);
    split.setDividerPositions(0.55);
    getChildren().addAll(title, tools, split);
    VBox.setVgrow(split, Priority.ALWAYS);
    vm.openProperty().addListener((o, was, now) -> detail.show(now));
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.F5) {
        vm.refresh();
        e.consume();
      }
    });
    vm.load();
  }

  /** The page for the sidebar. */
  public static CallsPage open(dev.wsconsole.desktop.shell.PageContext context) {
    return new CallsPage(new CallsViewModel(context));
  }

  private HBox createFilters() {
    ComboBox<String> direction = choices("calls-direction", DIRECTIONS);
    ComboBox<String> status = choices("calls-status", STATUSES);
    Runnable apply = () -> vm.filter(any(direction.getValue()), any(status.getValue()));
    direction.setOnAction(e -> apply.run());
    status.setOnAction(e -> apply.run());
    Button refresh = new Button("Refresh");
    refresh.setTooltip(new javafx.scene.control.Tooltip("Read the calls again (F5)"));
    refresh.setId("calls-refresh");
    refresh.setOnAction(e -> vm.refresh());
    HBox row = new HBox(8, new Label("Direction"), direction, new Label("Status"), status, refresh);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node createSimulator() {
    Spinner<Integer> count = new Spinner<>(1, 200, 10);
    count.setId("calls-sim-count");
    count.setEditable(true);
    count.setPrefWidth(90);
    Button simulate = new Button("Simulate calls");
    simulate.setId("calls-simulate");
    simulate.getStyleClass().add(Styles.ACCENT);
    simulate.setOnAction(e -> vm.simulate(count.getValue()));
    Label outcome = new Label();
    outcome.setId("calls-sim-outcome");
    outcome.textProperty().bind(vm.messageProperty());
    HBox row = new HBox(8, new Label("   Development:"), count, simulate, outcome);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node createList() {
    table.setId("calls-table");
    table.getColumns().add(TextColumns.of("Started", c -> Columns.time(c.startedAt())));
    table.getColumns().add(TextColumns.of("Call", CallViews.CallSummary::callSid));
    table.getColumns().add(TextColumns.of("Caller", CallViews.CallSummary::callerId));
    table.getColumns().add(TextColumns.of("Direction", CallViews.CallSummary::direction));
    table.getColumns().add(TextColumns.of("Status", CallViews.CallSummary::status));
    table.getColumns().add(TextColumns.of("Length", c -> Columns.duration(c.durationSeconds())));
    table.setItems(vm.pages().items());
    table.setPlaceholder(new Label("No calls"));
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.open(now.callSid());
      }
    });
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  private Node createActive() {
    TableView<CallViews.ActiveSession> active = new TableView<>(vm.active());
    active.setId("calls-active");
    active.getColumns().add(TextColumns.of("Call", CallViews.ActiveSession::callSid));
    active.getColumns().add(TextColumns.of("Caller", CallViews.ActiveSession::callerId));
    active.getColumns().add(TextColumns.of("For", s -> Columns.duration(s.durationSeconds())));
    active.getColumns().add(TextColumns.of("State", CallViews.ActiveSession::currentState));
    active.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    active.setPlaceholder(new Label("No calls in progress"));
    active.setPrefHeight(160);
    active.setMinHeight(120);
    active.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.open(now.callSid());
      }
    });
    return active;
  }

  private static ComboBox<String> choices(String id, List<String> values) {
    ComboBox<String> box = new ComboBox<>();
    box.getItems().setAll(values);
    box.setValue(ANY);
    box.setId(id);
    return box;
  }

  private static String any(String value) {
    return ANY.equals(value) ? null : value;
  }
}
