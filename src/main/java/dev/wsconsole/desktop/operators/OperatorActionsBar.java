package dev.wsconsole.desktop.operators;

import atlantafx.base.theme.Styles;
import dev.wsconsole.model.wire.OperatorViews;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The acting operator's call actions, enabled by their state: join the queued call selected beside,
 * listen or take over, send guidance (Enter sends), leave, and wrap up with an outcome.
 */
final class OperatorActionsBar extends VBox {
  private final OperatorsViewModel vm;

  OperatorActionsBar(OperatorsViewModel vm, ObservableValue<OperatorViews.QueueItem> selectedCall) {
    this.vm = vm;
    setSpacing(6);
    getChildren().addAll(joinRow(selectedCall), guidanceRow(), wrapUpRow());
  }

  private Node joinRow(ObservableValue<OperatorViews.QueueItem> selectedCall) {
    ComboBox<String> mode = OperatorRosterPane.choices("ops-mode", List.of("listen", "takeover"));
    Button join = button("ops-join", "Join selected call", () -> vm.join(selectedCall.getValue(), mode.getValue()));
    join.getStyleClass().add(Styles.ACCENT);
    join.disableProperty().bind(acting(s -> s.onCall()).or(Bindings.createBooleanBinding(
        () -> vm.actingProperty().get() == null || selectedCall.getValue() == null, vm.actingProperty(),
        selectedCall)));
    Button listen = button("ops-listen", "Listen", () -> vm.switchMode("listen"));
    Button takeover = button("ops-takeover", "Take over", () -> vm.switchMode("takeover"));
    Button leave = button("ops-leave", "Leave call", vm::leave);
    for (Button b : List.of(listen, takeover, leave)) {
      b.disableProperty().bind(acting(OperatorState::onCall).not());
    }
    return row(new Label("Mode"), mode, join, listen, takeover, leave);
  }

  private Node guidanceRow() {
    TextField guidance = new TextField();
    guidance.setId("ops-guidance");
    guidance.setPromptText("Guidance for the agent");
    guidance.setPrefColumnCount(36);
    Button send = button("ops-send-guidance", "Send guidance", () -> {
      vm.guide(guidance.getText());
      guidance.clear();
    });
    guidance.setOnAction(e -> send.fire());
    guidance.disableProperty().bind(acting(OperatorState::onCall).not());
    send.disableProperty().bind(acting(OperatorState::onCall).not());
    return row(guidance, send);
  }

  private Node wrapUpRow() {
    ComboBox<String> outcome = OperatorRosterPane.choices("ops-outcome", List.of("resolved", "escalated",
        "transferred"));
    TextField notes = new TextField();
    notes.setId("ops-notes");
    notes.setPromptText("Wrap-up notes");
    notes.setPrefColumnCount(28);
    Button wrap = button("ops-wrap-up", "Wrap up", () -> vm.wrapUp(outcome.getValue(), notes.getText()));
    wrap.disableProperty().bind(acting(s -> s.wrapUpCallSid() != null).not());
    return row(new Label("Outcome"), outcome, notes, wrap);
  }

  /** True while there is an acting operator and {@code test} holds for them. */
  private BooleanBinding acting(Predicate<OperatorState> test) {
    return Bindings.createBooleanBinding(() -> vm.actingProperty().get() != null
        && test.test(vm.actingProperty().get()), vm.actingProperty());
  }

  private static Button button(String id, String text, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static HBox row(Node... nodes) {
    HBox row = new HBox(8, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
