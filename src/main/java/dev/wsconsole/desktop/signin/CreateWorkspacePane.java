package dev.wsconsole.desktop.signin;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.Session;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.wire.WorkspaceView;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Creating a workspace when the signed-in account has none yet (the second step of the first run). */
public final class CreateWorkspacePane extends VBox {
  public CreateWorkspacePane(FirstRunViewModel vm, Session session, Consumer<WorkspaceView> created) {
    setId("create-workspace");
    Label title = new Label("Create your first workspace");
    title.getStyleClass().add(Styles.TITLE_2);
    TextField name = new TextField();
    name.setId("workspace-name");
    name.setPromptText("Name, e.g. Northside Clinic");
    TextField slug = new TextField();
    slug.setId("workspace-slug");
    slug.setPromptText("slug, e.g. northside");
    ComboBox<Environment> environment = new ComboBox<>();
    environment.setId("workspace-environment");
    environment.getItems().setAll(Environment.values());
    environment.setPromptText("Environment");
    Label policy = new Label();
    policy.setWrapText(true);
    environment.valueProperty().addListener((o, was, env) -> policy.setText(env == null ? "" : describe(env)));
    Button create = new Button("Create workspace");
    create.setId("workspace-create");
    create.getStyleClass().add(Styles.ACCENT);
    create.setOnAction(e -> vm.createWorkspace(session, slug.getText(), name.getText(), environment.getValue(), created));
    Label message = new Label();
    message.setId("workspace-message");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    getChildren().addAll(title, name, slug, environment, policy, create, message);
    setSpacing(10);
    setMaxWidth(420);
    setPadding(new Insets(32));
    setMaxHeight(USE_PREF_SIZE);
  }

  static String describe(Environment env) {
    var p = env.policy();
    return "Sessions lock after " + p.idleTimeout().toMinutes() + " min idle and end after "
        + p.absoluteSessionLimit().toHours() + " h; audit kept " + p.defaultAuditRetentionDays() + " days"
        + (p.hitrustControls() ? "; HITRUST controls on." : ".");
  }
}
