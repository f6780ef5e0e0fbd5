package dev.wsconsole.desktop.calls;

import dev.wsconsole.model.wire.CallViews;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** One transcript turn as wrapped text: time and state, what the caller said, what the agent answered. */
final class TurnCell extends ListCell<CallViews.Turn> {
  private final Label label = new Label();

  TurnCell() {
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    setPrefWidth(0);
    listViewProperty().addListener((o, was, list) -> {
      if (list != null) {
        label.prefWidthProperty().bind(list.widthProperty().subtract(32));
      }
    });
  }

  @Override
  protected void updateItem(CallViews.Turn turn, boolean empty) {
    super.updateItem(turn, empty);
    setText(null);
    if (empty || turn == null) {
      setGraphic(null);
    } else {
      label.setText(text(turn));
      setGraphic(label);
    }
  }

  static String text(CallViews.Turn t) {
    StringBuilder out = new StringBuilder(Columns.time(t.timestamp())).append(" · ").append(t.state());
    if (t.emotionLabel() != null) {
      out.append(" · ").append(t.emotionLabel());
    }
    if (t.sttConfidence() != null) {
      out.append(" · heard with ").append(Math.round(t.sttConfidence() * 100)).append(" % confidence");
    }
    if (t.userTranscript() != null) {
      out.append("\nCaller: ").append(t.userTranscript());
    }
    if (t.agentTranscript() != null) {
      out.append("\nAgent: ").append(t.agentTranscript());
    }
    return out.toString();
  }
}
