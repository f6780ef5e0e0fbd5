package dev.wsconsole.desktop.signin;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.Session;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Step one of the first run: the owner account of a new console. */
public final class FirstRunPane extends VBox {
  public FirstRunPane(FirstRunViewModel vm, Consumer<Session> signedIn) {
    setId("firstrun");
    Label title = new Label("Welcome: create the owner account");
    title.getStyleClass().add(Styles.TITLE_2);
    Label hint = new Label("This console's database is empty. The owner can create workspaces and invite others.");
    hint.setWrapText(true);
    TextField email = new TextField();
    email.setId("firstrun-email");
    email.setPromptText("you@example.org");
    PasswordField password = new PasswordField();
    password.setId("firstrun-password");
    password.setPromptText("Password (a long passphrase)");
    PasswordField again = new PasswordField();
    again.setId("firstrun-password2");
    again.setPromptText("Repeat the password");
    Button create = new Button("Create owner");
    create.setId("firstrun-create-owner");
    create.getStyleClass().add(Styles.ACCENT);
    create.setDefaultButton(true);
    create.setOnAction(e -> vm.createOwner(email.getText(), password.getText().toCharArray(),
        again.getText().toCharArray(), signedIn));
    Label message = new Label();
    message.setId("firstrun-message");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    getChildren().addAll(title, hint, email, password, again, create, message);
    setSpacing(10);
    setMaxWidth(420);
    setPadding(new Insets(32));
  }
}
