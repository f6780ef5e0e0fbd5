package dev.wsconsole.desktop.calls;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.CallViews;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One call in detail: a summary line, the transcript turn by turn, and who was on it (caller, agent, operators). */
final class CallDetailPane extends VBox {
  private final Label header = new Label("Select a call to see its transcript.");
  private final ListView<CallViews.Turn> turns = new ListView<>();
  private final TableView<CallViews.Participant> participants = new TableView<>();

  CallDetailPane() {
    setSpacing(6);
    header.setId("call-header");
    header.setWrapText(true);
    header.getStyleClass().add(Styles.TEXT_BOLD);
    turns.setId("call-turns");
    turns.setCellFactory(list -> new TurnCell());
    turns.setPlaceholder(new Label("No turns"));
    participants.setId("call-participants");
    participants.getColumns().add(TextColumns.of("Role", CallViews.Participant::role));
    participants.getColumns().add(TextColumns.of("Who",
        p -> Columns.orEmpty(p.displayName() != null ? p.displayName() : p.phoneNumber())));
    participants.getColumns().add(TextColumns.of("Joined", p -> Columns.time(p.joinedAt())));
    participants.getColumns().add(TextColumns.of("Left", p -> Columns.time(p.leftAt())));
    participants.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    participants.setPrefHeight(130);
    participants.setMinHeight(110);
    getChildren().addAll(header, new Label("Transcript"), turns, new Label("Sessions and participants"),
        participants);
    VBox.setVgrow(turns, Priority.ALWAYS);
  }

  void show(CallViews.CallDetailResponse d) {
    if (d == null) {
      header.setText("Select a call to see its transcript.");
      turns.getItems().clear();
      participants.getItems().clear();
      return;
    }
    header.setText(d.callSid() + " · " + d.direction() + " · " + d.status() + " · " + d.callerId() + " · "
        + Columns.duration(d.callDurationSeconds()) + (d.finalState() == null ? "" : " · ended in " + d.finalState())
        + (d.qualityScore() == null ? "" : " · quality " + d.qualityScore()));
    turns.getItems().setAll(d.turns());
    participants.getItems().setAll(d.participants());
  }
}
