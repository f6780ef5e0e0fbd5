package dev.wsconsole.desktop.shell;

import atlantafx.base.theme.Styles;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.wire.WorkspaceView;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** The workspace picker with an environment badge beside it; production is marked in the danger colour. */
public final class WorkspaceSwitcher extends HBox {
  private final ComboBox<WorkspaceView> box = new ComboBox<>();
  private final Label badge = new Label();
  private boolean updating;

  public WorkspaceSwitcher(ShellViewModel vm, Consumer<WorkspaceView> chosen) {
    box.setId("shell-workspace");
    badge.setId("shell-env-badge");
    box.setItems(vm.workspaces());
    box.setCellFactory(l -> new WorkspaceCell());
    box.setButtonCell(new WorkspaceCell());
    box.setPrefWidth(260);
    box.valueProperty().addListener((o, was, now) -> {
      if (!updating && now != null && (was == null || !now.id().equals(was.id()))) {
        chosen.accept(now);
      }
    });
    vm.standingProperty().addListener((o, was, now) -> show(now == null ? null : now.workspace()));
    vm.keptClosedProperty().addListener((o, was, now) -> {
      if (now != null) {
        ShellViewModel.Standing open = vm.standingProperty().get();
        show(open == null ? null : open.workspace()); // the refused workspace stays closed: back to the open one
      }
    });
    setSpacing(8);
    setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(box, badge);
    show(null);
  }

  private void show(WorkspaceView ws) {
    updating = true;
    box.setValue(ws);
    updating = false;
    badge.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
    if (ws == null) {
      badge.setText("");
      return;
    }
    badge.setText(production(ws) ? "PRODUCTION" : ws.environment().wireName().toUpperCase(java.util.Locale.ROOT));
    badge.getStyleClass().add(badgeStyle(ws));
    badge.setStyle(production(ws) ? "-fx-font-weight: bold; -fx-border-color: -color-danger-emphasis;"
        + " -fx-border-radius: 4; -fx-padding: 2 6 2 6;" : "-fx-padding: 2 6 2 6;");
  }

  static boolean production(WorkspaceView ws) {
    return ws.environment() == Environment.PRODUCTION;
  }

  static String badgeStyle(WorkspaceView ws) {
    switch (ws.environment()) {
      case PRODUCTION:
        return Styles.DANGER;
      case STAGING:
        return Styles.WARNING;
      default:
        return Styles.SUCCESS;
    }
  }

  /** One workspace in the list: its name, slug and environment. */
  private static final class WorkspaceCell extends ListCell<WorkspaceView> {
    @Override
    protected void updateItem(WorkspaceView ws, boolean empty) {
      super.updateItem(ws, empty);
      setText(empty || ws == null ? null : ws.name() + " (" + ws.slug() + ") · " + ws.environment().wireName());
      getStyleClass().removeAll(Styles.DANGER);
      if (!empty && ws != null && production(ws)) {
        getStyleClass().add(Styles.DANGER);
      }
    }
  }
}
