package dev.wsconsole.desktop.phones;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.ServicesApi.Choice;
import dev.wsconsole.desktop.shell.ConfirmingButton;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.PhoneNumber;
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

/** The phone numbers page: the number list with paging and (for those allowed) add routed to a service, delete. */
public final class PhoneNumbersPage extends VBox {
  private final PhoneNumbersViewModel vm;
  private final TableView<PhoneNumber> table = new TableView<>();

  public PhoneNumbersPage(PhoneNumbersViewModel vm) {
    this.vm = vm;
    setId("phones-page");
    setSpacing(10);
    Label title = new Label("Phone numbers");
    title.getStyleClass().add(Styles.TITLE_2);
    getChildren().add(title);
    if (vm.mayManage()) {
      getChildren().add(createForm());
    }
    getChildren().addAll(createTable(), createPager());
    VBox.setVgrow(table, Priority.ALWAYS);
    vm.load();
  }

  private Node createForm() {
    TextField number = new TextField();
    number.setId("phones-number");
    number.setPromptText("E.164, e.g. +14155550100");
    TextField name = new TextField();
    name.setId("phones-name");
    name.setPromptText("Display name");
    ComboBox<Choice> service = new ComboBox<>(vm.services());
    service.setId("phones-service");
    service.setPromptText("Route to service");
    Button add = new Button("Add number");
    add.setId("phones-add");
    add.getStyleClass().add(Styles.ACCENT);
    add.setOnAction(e -> vm.add(number.getText(), name.getText(), service.getValue()));
    HBox form = new HBox(8, number, name, service, add);
    form.setAlignment(Pos.CENTER_LEFT);
    return form;
  }

  private Node createTable() {
    table.setId("phones-table");
    table.getColumns().add(TextColumns.of("Number", PhoneNumber::phoneNumber));
    table.getColumns().add(TextColumns.of("Name", n -> n.displayName() == null ? "" : n.displayName()));
    table.getColumns().add(TextColumns.of("Status", PhoneNumber::status));
    table.getColumns().add(TextColumns.of("Service", n -> serviceName(n)));
    table.setItems(vm.numbers());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  private String serviceName(PhoneNumber n) {
    if (n.inboundServiceId() == null) {
      return "not routed";
    }
    return vm.services().stream().filter(c -> c.id().equals(n.inboundServiceId())).map(Choice::name).findFirst()
        .orElse(n.inboundServiceId().toString());
  }

  private Node createPager() {
    HBox bar = PagerBar.of("phones", vm.pages());
    if (vm.mayManage()) {
      Button delete = new ConfirmingButton("phones-delete", "Delete", () -> {
        PhoneNumber n = table.getSelectionModel().getSelectedItem();
        if (n != null) {
          vm.delete(n);
        }
      });
      delete.getStyleClass().add(Styles.DANGER);
      delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
      bar.getChildren().add(delete);
    }
    return bar;
  }
}
