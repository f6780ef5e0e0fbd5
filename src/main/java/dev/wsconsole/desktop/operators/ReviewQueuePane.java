package dev.wsconsole.desktop.operators;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.ReviewQueueApi;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.ReviewViews.ReviewItemResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The review queue: a status filter, the server-paged items, and the open item with what it proposes,
 * how it ended and its entity's state; reviewers get claim, release, approve, reject and correct.
 */
final class ReviewQueuePane extends VBox {
  private static final String ALL = "all";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
      .withZone(ZoneId.systemDefault());
  private final ReviewQueueViewModel vm;
  private final TableView<ReviewItemResponse> table = new TableView<>();
  private final Label detail = new Label("Select an item to review it.");
  private final CorrectionForm correction = new CorrectionForm();
  private final VBox actions = new VBox(6);

  ReviewQueuePane(ReviewQueueViewModel vm) {
    this.vm = vm;
    setSpacing(8);
    List<String> statuses = new ArrayList<>(List.of(ALL));
    statuses.addAll(ReviewQueueApi.STATUSES);
    ComboBox<String> status = OperatorRosterPane.choices("review-status", statuses);
    status.setOnAction(e -> vm.filter(ALL.equals(status.getValue()) ? null : status.getValue()));
    Label message = new Label();
    message.setId("review-message");
    message.textProperty().bind(vm.messageProperty());
    HBox filter = new HBox(8, new Label("Status"), status, message);
    filter.setAlignment(Pos.CENTER_LEFT);
    SplitPane split = new SplitPane(createList(), createDetail());
    split.setDividerPositions(0.5);
    getChildren().addAll(filter, split);
    VBox.setVgrow(split, Priority.ALWAYS);
    vm.openProperty().addListener((o, was, now) -> show(now));
    vm.load();
  }

  private Node createList() {
    table.setId("review-table");
    table.getColumns().add(TextColumns.of("Queued", i -> i.createdAt() == null ? ""
        : TIME.format(i.createdAt())));
    table.getColumns().add(TextColumns.of("Reason", i -> i.reason().replace('_', ' ')));
    table.getColumns().add(TextColumns.of("About", i -> i.entityType() == null ? "" : i.entityType()));
    table.getColumns().add(TextColumns.of("Priority", i -> Integer.toString(i.priority())));
    table.getColumns().add(TextColumns.of("Status", ReviewItemResponse::status));
    table.getColumns().add(TextColumns.of("Held by", i -> i.assignedTo() == null ? ""
        : vm.mine(i) ? "you" : "another reviewer"));
    table.setItems(vm.pages().items());
    table.setPlaceholder(new Label("Nothing to review"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.open(now);
      }
    });
    VBox box = new VBox(6, table, PagerBar.of("review", vm.pages()));
    VBox.setVgrow(table, Priority.ALWAYS);
    return box;
  }

  private Node createDetail() {
    detail.setId("review-detail");
    detail.setWrapText(true);
    VBox box = new VBox(8, detail, actions);
    box.setFillWidth(true);
    return box;
  }

  private void show(ReviewItemResponse item) {
    detail.setText(item == null ? "Select an item to review it." : ReviewText.describe(item, vm.mine(item)));
    actions.getChildren().clear();
    if (item != null && vm.mayAct() && !ReviewText.finished(item)) {
      actions.getChildren().addAll(createActions(item));
    }
  }

  private List<Node> createActions(ReviewItemResponse item) {
    boolean pending = item.status().equals("pending");
    boolean mine = vm.mine(item);
    Button claim = button("review-claim", "Claim", vm::claim, pending);
    Button release = button("review-unclaim", "Release", vm::unclaim, mine);
    TextField notes = new TextField();
    notes.setId("review-notes");
    notes.setPromptText("Notes (optional)");
    Button approve = button("review-approve", "Approve", () -> vm.approve(notes.getText()), pending || mine);
    approve.getStyleClass().add(Styles.SUCCESS);
    TextField reason = new TextField();
    reason.setId("review-reason");
    reason.setPromptText("Why it is wrong");
    Button reject = button("review-reject", "Reject", () -> vm.reject(reason.getText()), pending || mine);
    reject.getStyleClass().add(Styles.DANGER);
    reason.setOnAction(e -> reject.fire());
    correction.show(item.proposedData());
    Button correct = button("review-correct", "Save correction", () -> vm.correct(correction.values(),
        notes.getText()), (pending || mine) && !item.proposedData().isEmpty());
    return List.of(row(claim, release), row(notes, approve), row(reason, reject),
        new Label("Corrected values"), correction, row(correct));
  }

  private static Button button(String id, String text, Runnable action, boolean enabled) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    b.setDisable(!enabled);
    return b;
  }

  private static HBox row(Node... nodes) {
    HBox row = new HBox(8, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
