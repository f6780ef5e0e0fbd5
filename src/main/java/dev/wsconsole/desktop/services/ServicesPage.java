package dev.wsconsole.desktop.services;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.ServicesApi.Choice;
import dev.wsconsole.desktop.shell.ConfirmingButton;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.ServiceResponses.ServiceView;
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

/** The services page: the service list with paging and (for those allowed) create from pickers and delete. */
public final class ServicesPage extends VBox {
  private final ServicesViewModel vm;
  private final TableView<ServiceView> table = new TableView<>();

  public ServicesPage(ServicesViewModel vm) {
    this.vm = vm;
    setId("services-page");
    setSpacing(10);
    Label title = new Label("Services");
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
    TextField name = new TextField();
    name.setId("services-name");
    name.setPromptText("Name, e.g. Front desk");
    ComboBox<Choice> agent = picker("services-agent", "Agent", vm.agents());
    ComboBox<Choice> graph = picker("services-graph", "Context graph", vm.contextGraphs());
    Button create = new Button("Create service");
    create.setId("services-create");
    create.getStyleClass().add(Styles.ACCENT);
    create.setOnAction(e -> vm.create(name.getText(), agent.getValue(), graph.getValue()));
    HBox form = new HBox(8, name, agent, graph, create);
    form.setAlignment(Pos.CENTER_LEFT);
    return form;
  }

  private static ComboBox<Choice> picker(String id, String prompt, javafx.collections.ObservableList<Choice> items) {
    ComboBox<Choice> box = new ComboBox<>(items);
    box.setId(id);
    box.setPromptText(prompt);
    items.addListener((javafx.collections.ListChangeListener<Choice>) c -> {
      if (box.getValue() == null && !items.isEmpty()) {
        box.setValue(items.get(0));
      }
    });
    return box;
  }

  private Node createTable() {
    table.setId("services-table");
    table.getColumns().add(TextColumns.of("Name", ServiceView::name));
    table.getColumns().add(TextColumns.of("Agent", s -> s.agentName() == null ? "" : s.agentName()));
    table.getColumns().add(TextColumns.of("Context graph",
        s -> s.contextGraphName() == null ? "" : s.contextGraphName()));
    table.getColumns().add(TextColumns.of("Channel", ServiceView::channelType));
    table.getColumns().add(TextColumns.of("Active", s -> s.isActive() ? "yes" : "no"));
    table.setItems(vm.services());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  private Node createPager() {
    HBox bar = PagerBar.of("services", vm.pages());
    if (vm.mayManage()) {
      Button delete = new ConfirmingButton("services-delete", "Delete", () -> {
        ServiceView s = table.getSelectionModel().getSelectedItem();
        if (s != null) {
          vm.delete(s);
        }
      });
      delete.getStyleClass().add(Styles.DANGER);
      delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
      bar.getChildren().add(delete);
    }
    return bar;
  }
}
