package dev.wsconsole.desktop.operators;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.OperatorViews;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The roster (pick a row to act as that operator), the live call queue, the acting operator's state and,
 * for those allowed, the call actions: join the selected queued call, listen or take over, guidance,
 * leave, wrap up; administrators may also add operators. F5 reads everything again.
 */
final class OperatorRosterPane extends VBox {
  private final OperatorsViewModel vm;
  private final TableView<OperatorViews.Operator> roster = new TableView<>();
  private final TableView<OperatorViews.QueueItem> queue = new TableView<>();

  OperatorRosterPane(OperatorsViewModel vm) {
    this.vm = vm;
    setSpacing(8);
    Label acting = new Label();
    acting.setId("ops-acting");
    acting.getStyleClass().add(Styles.TEXT_BOLD);
    acting.textProperty().bind(Bindings.createStringBinding(() -> vm.actingProperty().get() == null
        ? "Pick an operator in the roster to see their state." : "Acting as " + vm.actingProperty().get().describe(),
        vm.actingProperty()));
    Label message = new Label();
    message.setId("ops-message");
    message.textProperty().bind(vm.messageProperty());
    getChildren().addAll(acting, message);
    if (vm.mayAct()) {
      getChildren().add(new OperatorActionsBar(vm, queue.getSelectionModel().selectedItemProperty()));
    }
    HBox tables = new HBox(10, createRoster(), createQueue());
    HBox.setHgrow(tables.getChildren().get(0), Priority.ALWAYS);
    HBox.setHgrow(tables.getChildren().get(1), Priority.ALWAYS);
    getChildren().add(tables);
    VBox.setVgrow(tables, Priority.ALWAYS);
    if (vm.mayManageRoster()) {
      getChildren().add(createAddForm());
    }
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.F5) {
        vm.refresh();
        e.consume();
      }
    });
    vm.load();
  }

  private Node createRoster() {
    roster.setId("ops-roster");
    roster.getColumns().add(TextColumns.of("Operator", o -> o.name() == null ? "" : o.name()));
    roster.getColumns().add(TextColumns.of("Email", o -> o.email() == null ? "" : o.email()));
    roster.getColumns().add(TextColumns.of("Status", OperatorViews.Operator::status));
    roster.getColumns().add(TextColumns.of("On call", o -> o.activeCallSid() == null ? "" : o.activeCallSid()));
    roster.getColumns().add(TextColumns.of("Handled", o -> Integer.toString(o.totalEscalationsHandled())));
    roster.setItems(vm.roster().items());
    roster.setPlaceholder(new Label("No operators"));
    roster.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    roster.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.actAs(now));
    VBox box = new VBox(6, new Label("Roster"), roster, PagerBar.of("ops-roster", vm.roster()));
    VBox.setVgrow(roster, Priority.ALWAYS);
    return box;
  }

  private Node createQueue() {
    queue.setId("ops-queue");
    queue.getColumns().add(TextColumns.of("Call", OperatorViews.QueueItem::callSid));
    queue.getColumns().add(TextColumns.of("Caller", OperatorViews.QueueItem::callerId));
    queue.getColumns().add(TextColumns.of("State", OperatorViews.QueueItem::currentState));
    queue.getColumns().add(TextColumns.of("Waiting", q -> Math.round(q.waitSeconds()) + " s"));
    queue.getColumns().add(TextColumns.of("Priority", q -> q.priorityScore() + (q.riskLevel() == null ? ""
        : " (" + q.riskLevel() + ")")));
    queue.getColumns().add(TextColumns.of("Why", q -> String.join(", ", q.priorityReasons())));
    queue.setItems(vm.queue());
    queue.setPlaceholder(new Label("No live calls"));
    queue.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    Button refresh = new Button("Refresh");
    refresh.setId("ops-queue-refresh");
    refresh.setTooltip(new javafx.scene.control.Tooltip("Read roster, queue and acting operator again (F5)"));
    refresh.setOnAction(e -> vm.refresh());
    VBox box = new VBox(6, new Label("Live queue"), queue, refresh);
    VBox.setVgrow(queue, Priority.ALWAYS);
    return box;
  }

  private Node createAddForm() {
    TextField name = new TextField();
    name.setId("ops-new-name");
    name.setPromptText("Name");
    TextField email = new TextField();
    email.setId("ops-new-email");
    email.setPromptText("Email");
    Button add = new Button("Add operator");
    add.setId("ops-add");
    add.setOnAction(e -> vm.add(name.getText(), email.getText()));
    email.setOnAction(e -> add.fire());
    HBox row = new HBox(8, new Label("New operator"), name, email, add);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  static ComboBox<String> choices(String id, List<String> values) {
    ComboBox<String> box = new ComboBox<>();
    box.getItems().setAll(values);
    box.setValue(values.get(0));
    box.setId(id);
    return box;
  }
}
