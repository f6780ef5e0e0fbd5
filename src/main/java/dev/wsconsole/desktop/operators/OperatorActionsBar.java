package dev.wsconsole.desktop.operators;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.OperatorsApi.QueueItem;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
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

  OperatorActionsBar(OperatorsViewModel vm, ObservableValue<QueueItem> selectedCall) {
    setSpacing(6);
    BooleanBinding noOperator = Bindings.createBooleanBinding(() -> vm.actingProperty().get() == null,
        vm.actingProperty());
    BooleanBinding onCall = Bindings.createBooleanBinding(() -> vm.actingProperty().get() != null
        && vm.actingProperty().get().onCall(), vm.actingProperty());
    BooleanBinding canWrapUp = Bindings.createBooleanBinding(() -> vm.actingProperty().get() != null
        && vm.actingProperty().get().wrapUpCallSid() != null, vm.actingProperty());

    ComboBox<String> mode = OperatorRosterPane.choices("ops-mode", List.of("listen", "takeover"));
    Button join = button("ops-join", "Join selected call", () -> vm.join(selectedCall.getValue(), mode.getValue()));
    join.getStyleClass().add(Styles.ACCENT);
    join.disableProperty().bind(noOperator.or(onCall).or(Bindings.createBooleanBinding(
        () -> selectedCall.getValue() == null, selectedCall)));
    Button listen = button("ops-listen", "Listen", () -> vm.switchMode("listen"));
    Button takeover = button("ops-takeover", "Take over", () -> vm.switchMode("takeover"));
    Button leave = button("ops-leave", "Leave call", vm::leave);
    TextField guidance = new TextField();
    guidance.setId("ops-guidance");
    guidance.setPromptText("Guidance for the agent");
    guidance.setPrefColumnCount(24);
    Button send = button("ops-send-guidance", "Send guidance", () -> {
      vm.guide(guidance.getText());
      guidance.clear();
    });
    guidance.setOnAction(e -> send.fire());
    for (var control : List.of(listen, takeover, leave, send, guidance)) {
      control.disableProperty().bind(onCall.not());
    }
    ComboBox<String> outcome = OperatorRosterPane.choices("ops-outcome", List.of("resolved", "escalated",
        "transferred"));
    TextField notes = new TextField();
    notes.setId("ops-notes");
    notes.setPromptText("Wrap-up notes");
    Button wrap = button("ops-wrap-up", "Wrap up", () -> vm.wrapUp(outcome.getValue(), notes.getText()));
    wrap.disableProperty().bind(canWrapUp.not());
    getChildren().addAll(row(new Label("Mode"), mode, join, listen, takeover, leave),
        row(guidance, send, new Label("Outcome"), outcome, notes, wrap));
  }

  private static Button button(String id, String text, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static HBox row(javafx.scene.Node... nodes) {
    HBox row = new HBox(8, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
