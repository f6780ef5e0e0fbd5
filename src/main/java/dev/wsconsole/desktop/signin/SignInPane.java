package dev.wsconsole.desktop.signin;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.Session;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The sign-in form: email and password, or an API key. */
public final class SignInPane extends VBox {
  private final SignInViewModel vm;
  private final Consumer<Session> signedIn;
  private final TextField email = new TextField();
  private final PasswordField password = new PasswordField();
  private final PasswordField key = new PasswordField();

  public SignInPane(SignInViewModel vm, String server, Consumer<Session> signedIn) {
    this.vm = vm;
    this.signedIn = signedIn;
    setId("signin");
    Label title = new Label("Sign in");
    title.getStyleClass().add(Styles.TITLE_2);
    Label where = new Label("to " + server);
    where.getStyleClass().add(Styles.TEXT_MUTED);
    email.setId("signin-email");
    email.setPromptText("you@example.org");
    password.setId("signin-password");
    password.setPromptText("Password");
    password.setOnAction(e -> submit());
    Button go = new Button("Sign in");
    go.setId("signin-submit");
    go.setDefaultButton(true);
    go.getStyleClass().add(Styles.ACCENT);
    go.setOnAction(e -> submit());
    go.disableProperty().bind(vm.workingProperty());
    key.setId("signin-key");
    key.setPromptText("or paste an API key (wsk_…)");
    Button withKey = new Button("Use API key");
    withKey.setId("signin-key-submit");
    withKey.setOnAction(e -> vm.signInWithKey(key.getText(), signedIn));
    withKey.disableProperty().bind(vm.workingProperty());
    Label starting = new Label();
    starting.setId("signin-backend");
    starting.setWrapText(true);
    starting.textProperty().bind(vm.backend().statusProperty());
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setId("signin-backend-progress");
    spinner.setPrefSize(16, 16);
    spinner.visibleProperty().bind(vm.backend().startingProperty().or(vm.workingProperty()));
    spinner.managedProperty().bind(spinner.visibleProperty());
    HBox backendLine = new HBox(8, spinner, starting);
    backendLine.setAlignment(Pos.CENTER_LEFT);
    Label message = new Label();
    message.setId("signin-message");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    getChildren().addAll(title, where, email, password, go, new Separator(), key, withKey, backendLine, message);
    setSpacing(10);
    setMaxWidth(380);
    setPadding(new Insets(32));
    setMaxHeight(USE_PREF_SIZE);
    setAlignment(Pos.CENTER_LEFT);
  }

  private void submit() {
    String typed = password.getText();
    password.clear();
    vm.signIn(email.getText(), typed, signedIn);
  }
}
