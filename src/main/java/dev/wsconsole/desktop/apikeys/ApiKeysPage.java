package dev.wsconsole.desktop.apikeys;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.ConfirmingButton;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.ApiKeyResponses;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The API keys page: the key list with paging, and (for those allowed) create, rotate and revoke. */
public final class ApiKeysPage extends VBox {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private final ApiKeysViewModel vm;
  private final TableView<ApiKeyResponses.View> table = new TableView<>();
  private final Spinner<Integer> days = new Spinner<>(1, 90, 30);

  public ApiKeysPage(ApiKeysViewModel vm) {
    this.vm = vm;
    setId("apikeys-page");
    setSpacing(10);
    Label title = new Label("API keys");
    title.getStyleClass().add(Styles.TITLE_2);
    getChildren().add(title);
    if (vm.mayCreate()) {
      getChildren().addAll(createForm(), createSecretPane());
    }
    getChildren().addAll(createTable(), createPager());
    VBox.setVgrow(table, Priority.ALWAYS);
    vm.load();
  }

  private Node createForm() {
    TextField name = new TextField();
    name.setId("apikeys-name");
    name.setPromptText("Name, e.g. EHR sync");
    ComboBox<String> role = new ComboBox<>();
    role.setId("apikeys-role");
    role.getItems().setAll(vm.grantableRoles());
    role.getSelectionModel().select(role.getItems().contains("member") ? "member" : role.getItems().get(0));
    days.setId("apikeys-days");
    days.setEditable(true);
    days.setPrefWidth(90);
    Button create = new Button("Create key");
    create.setId("apikeys-create");
    create.getStyleClass().add(Styles.ACCENT);
    create.setOnAction(e -> vm.create(name.getText(), role.getValue(), days.getValue()));
    HBox form = new HBox(8, name, new Label("Role"), role, new Label("Days"), days, create);
    form.setAlignment(Pos.CENTER_LEFT);
    return form;
  }

  private Node createSecretPane() {
    TextField secret = new TextField();
    secret.setId("apikeys-secret");
    secret.setEditable(false);
    secret.textProperty().bind(vm.secretProperty());
    HBox.setHgrow(secret, Priority.ALWAYS);
    Button copy = new Button("Copy");
    copy.setId("apikeys-copy");
    copy.setOnAction(e -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(vm.secretProperty().get());
      Clipboard.getSystemClipboard().setContent(content);
    });
    Button done = new Button("Done");
    done.setId("apikeys-secret-done");
    done.setOnAction(e -> vm.forgetSecret());
    Label warning = new Label("Copy this secret now: it is shown only once.");
    warning.getStyleClass().add(Styles.WARNING);
    VBox pane = new VBox(4, warning, new HBox(8, secret, copy, done));
    pane.setId("apikeys-secret-pane");
    pane.visibleProperty().bind(vm.secretProperty().isNotEmpty());
    pane.managedProperty().bind(pane.visibleProperty());
    return pane;
  }

  private Node createTable() {
    table.setId("apikeys-table");
    table.getColumns().add(TextColumns.of("Name", k -> k.name() == null ? "" : k.name()));
    table.getColumns().add(TextColumns.of("Role", k -> k.role().wireName()));
    table.getColumns().add(TextColumns.of("Prefix", k -> k.keyPrefix() == null ? k.keyId() : k.keyPrefix()));
    table.getColumns().add(TextColumns.of("Expires", k -> time(k.expiresAt())));
    table.getColumns().add(TextColumns.of("Last used", k -> k.lastUsedAt() == null ? "never" : time(k.lastUsedAt())));
    table.setItems(vm.keys());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  private Node createPager() {
    HBox bar = PagerBar.of("apikeys", vm.pages());
    if (vm.mayRevoke()) {
      Button rotate = new Button("Rotate");
      rotate.setId("apikeys-rotate");
      rotate.setOnAction(e -> selected(k -> vm.rotate(k, days.getValue())));
      Button revoke = new ConfirmingButton("apikeys-revoke", "Revoke", () -> selected(vm::revoke));
      revoke.getStyleClass().add(Styles.DANGER);
      rotate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
      revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
      bar.getChildren().addAll(rotate, revoke);
    }
    return bar;
  }

  private void selected(java.util.function.Consumer<ApiKeyResponses.View> action) {
    ApiKeyResponses.View key = table.getSelectionModel().getSelectedItem();
    if (key != null) {
      action.accept(key);
    }
  }

  private static String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }
}
