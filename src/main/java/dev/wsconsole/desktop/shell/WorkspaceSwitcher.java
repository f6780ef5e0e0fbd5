package dev.wsconsole.desktop.shell;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.WorkspacesApi.Workspace;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** The workspace picker with an environment badge beside it; production is marked in the danger colour. */
public final class WorkspaceSwitcher extends HBox {
  private final ComboBox<Workspace> box = new ComboBox<>();
  private final Label badge = new Label();
  private boolean updating;

  public WorkspaceSwitcher(ShellViewModel vm, Consumer<Workspace> chosen) {
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
    setSpacing(8);
    setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(box, badge);
    show(null);
  }

  private void show(Workspace ws) {
    updating = true;
    box.setValue(ws);
    updating = false;
    badge.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
    if (ws == null) {
      badge.setText("");
      return;
    }
    badge.setText(ws.isProduction() ? "PRODUCTION" : ws.environment().wireName().toUpperCase(java.util.Locale.ROOT));
    badge.getStyleClass().add(badgeStyle(ws));
    badge.setStyle(ws.isProduction() ? "-fx-font-weight: bold; -fx-border-color: -color-danger-emphasis;"
        + " -fx-border-radius: 4; -fx-padding: 2 6 2 6;" : "-fx-padding: 2 6 2 6;");
  }

  static String badgeStyle(Workspace ws) {
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
  private static final class WorkspaceCell extends ListCell<Workspace> {
    @Override
    protected void updateItem(Workspace ws, boolean empty) {
      super.updateItem(ws, empty);
      setText(empty || ws == null ? null : ws.name() + " (" + ws.slug() + ") · " + ws.environment().wireName());
      getStyleClass().removeAll(Styles.DANGER);
      if (!empty && ws != null && ws.isProduction()) {
        getStyleClass().add(Styles.DANGER);
      }
    }
  }
}
