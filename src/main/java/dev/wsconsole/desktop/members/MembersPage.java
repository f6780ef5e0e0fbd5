package dev.wsconsole.desktop.members;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.ConfirmingButton;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.Member;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Members & roles page: who is in the workspace with which role, and (for those allowed) changes. */
public final class MembersPage extends VBox {
  private final MembersViewModel vm;
  private final TableView<Member> table = new TableView<>();

  public MembersPage(MembersViewModel vm) {
    this.vm = vm;
    setId("members-page");
    setSpacing(10);
    Label title = new Label("Members & roles");
    title.getStyleClass().add(Styles.TITLE_2);
    getChildren().add(title);
    if (vm.mayInvite()) {
      getChildren().add(createInviteForm());
    }
    getChildren().addAll(createTable(), createActions());
    VBox.setVgrow(table, Priority.ALWAYS);
    vm.load();
  }

  private Node createInviteForm() {
    TextField email = new TextField();
    email.setId("members-invite-email");
    email.setPromptText("colleague@example.org");
    ComboBox<String> role = roleBox("members-invite-role");
    Button invite = new Button("Invite");
    invite.setId("members-invite");
    invite.getStyleClass().add(Styles.ACCENT);
    invite.setOnAction(e -> vm.invite(email.getText(), role.getValue()));
    TextField token = new TextField();
    token.setId("members-invitation");
    token.setEditable(false);
    token.textProperty().bind(vm.invitationProperty());
    token.visibleProperty().bind(vm.invitationProperty().isNotEmpty());
    token.managedProperty().bind(token.visibleProperty());
    HBox form = new HBox(8, email, new Label("Role"), role, invite);
    form.setAlignment(Pos.CENTER_LEFT);
    return new VBox(6, form, token);
  }

  private ComboBox<String> roleBox(String id) {
    ComboBox<String> role = new ComboBox<>();
    role.setId(id);
    role.getItems().setAll(vm.grantableRoles());
    role.getSelectionModel().select(role.getItems().contains("member") ? "member" : role.getItems().get(0));
    return role;
  }

  private Node createTable() {
    table.setId("members-table");
    table.getColumns().add(TextColumns.of("Email", Member::email));
    table.getColumns().add(TextColumns.of("Name", m -> m.displayName() == null ? "" : m.displayName()));
    table.getColumns().add(TextColumns.of("Role", m -> m.role().wireName()));
    table.getColumns().add(TextColumns.of("Joined",
        m -> m.joinedAt() == null ? "" : m.joinedAt().toString().substring(0, 10)));
    table.setItems(vm.members());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  private Node createActions() {
    HBox bar = PagerBar.of("members", vm.pages());
    if (vm.mayManage()) {
      ComboBox<String> role = roleBox("members-role");
      bar.getChildren().addAll(new Label("  Selected:"), role,
          action("members-change-role", "Change role", m -> vm.changeRole(m, role.getValue()), null),
          confirmed("members-remove", "Remove", vm::remove, Styles.DANGER));
    }
    if (vm.mayTransfer()) {
      bar.getChildren().add(confirmed("members-transfer", "Make owner", vm::transferOwnership, Styles.WARNING));
    }
    return bar;
  }

  private Button action(String id, String text, Consumer<Member> act, String style) {
    Button b = new Button(text);
    b.setId(id);
    return bound(b, act, style);
  }

  /** A destructive action: asks for a second press. */
  private Button confirmed(String id, String text, Consumer<Member> act, String style) {
    Button b = new ConfirmingButton(id, text, () -> selectedDo(act));
    b.getStyleClass().add(style);
    b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    return b;
  }

  private void selectedDo(Consumer<Member> act) {
    Member m = table.getSelectionModel().getSelectedItem();
    if (m != null) {
      act.accept(m);
    }
  }

  private Button bound(Button b, Consumer<Member> act, String style) {
    if (style != null) {
      b.getStyleClass().add(style);
    }
    b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    b.setOnAction(e -> selectedDo(act));
    return b;
  }
}
