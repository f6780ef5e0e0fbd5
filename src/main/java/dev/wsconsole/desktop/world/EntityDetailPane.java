package dev.wsconsole.desktop.world;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.WorldApi;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.WorldViews;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The opened entity: its projected fields (value, confidence, source), its timeline by domain with
 * superseded events struck through, and its relationships (a click or Enter opens the other end).
 */
final class EntityDetailPane extends VBox {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());
  private final WorldViewModel vm;

  EntityDetailPane(WorldViewModel vm) {
    this.vm = vm;
    setId("world-detail");
    setSpacing(8);
    TableView<WorldViews.Event> events = createTimeline();
    getChildren().addAll(createHeader(), createFields(), timelineBar(), events, PagerBar.of("world-timeline",
        vm.timeline()), new Label("Relationships"), createRelationships());
    VBox.setVgrow(events, Priority.ALWAYS);
    visibleProperty().bind(vm.openedProperty().isNotNull());
  }

  private Node createHeader() {
    Button back = new Button("Back");
    back.setId("world-back");
    back.disableProperty().bind(vm.canGoBackProperty().not());
    back.setOnAction(e -> vm.back());
    Label name = new Label();
    name.setId("world-entity-name");
    name.getStyleClass().add(Styles.TITLE_3);
    name.textProperty().bind(Bindings.createStringBinding(() -> header(vm.openedProperty().get()),
        vm.openedProperty()));
    HBox row = new HBox(8, back, name);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static String header(WorldViews.Entity e) {
    return e == null ? "" : WorldViewModel.label(e) + " · " + e.entityType() + " · confidence "
        + String.format(Locale.ROOT, "%.2f", e.confidence()) + (e.source() == null ? "" : " · " + e.source());
  }

  private Node createFields() {
    TableView<WorldViews.Field> table = new TableView<>(vm.fields());
    table.setId("world-fields");
    table.getColumns().add(TextColumns.of("Field", WorldViews.Field::field));
    table.getColumns().add(TextColumns.of("Value", WorldApi::valueText));
    table.getColumns().add(TextColumns.of("Confidence", f -> String.format(Locale.ROOT, "%.2f", f.confidence())));
    table.getColumns().add(TextColumns.of("Source", f -> f.source() == null ? "" : f.source()));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No projected fields"));
    table.setPrefHeight(170);
    return table;
  }

  private Node timelineBar() {
    ComboBox<String> domain = new ComboBox<>();
    domain.setId("world-domain");
    domain.getItems().add("all domains");
    domain.getItems().addAll(WorldViewModel.DOMAINS);
    domain.setValue("all domains");
    domain.setOnAction(e -> vm.domain("all domains".equals(domain.getValue()) ? null : domain.getValue()));
    HBox row = new HBox(8, new Label("Timeline"), domain);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private TableView<WorldViews.Event> createTimeline() {
    TableView<WorldViews.Event> table = new TableView<>(vm.timeline().items());
    table.setId("world-timeline");
    table.getColumns().add(TextColumns.of("Ingested", e -> e.ingestedAt() == null ? "" : TIME.format(e.ingestedAt())));
    table.getColumns().add(TextColumns.of("Event",
        e -> e.eventType() + (e.isCurrent() ? "" : " (superseded)")));
    table.getColumns().add(TextColumns.of("Domain", WorldViews.Event::domain));
    table.getColumns().add(TextColumns.of("Source", WorldViews.Event::source));
    table.getColumns().add(TextColumns.of("Confidence", e -> String.format(Locale.ROOT, "%.2f", e.confidence())));
    table.getColumns().add(TextColumns.of("Data", WorldApi::dataText));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No events"));
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(WorldViews.Event item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("superseded");
        if (!empty && item != null && !item.isCurrent()) {
          getStyleClass().add("superseded");
        }
      }
    });
    return table;
  }

  private Node createRelationships() {
    ListView<WorldViewModel.Related> list = new ListView<>(vm.related());
    list.setId("world-relationships");
    list.setPrefHeight(120);
    list.setPlaceholder(new Label("No relationships"));
    list.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(WorldViewModel.Related item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : describe(item));
      }
    });
    list.setOnMouseClicked(e -> openSelected(list));
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        openSelected(list);
      }
    });
    return list;
  }

  static String describe(WorldViewModel.Related r) {
    String arrow = r.relationship().outgoing() ? " → " : " ← ";
    return r.relationship().relationship() + arrow + r.otherLabel() + " (" + r.relationship().otherType() + ")";
  }

  private void openSelected(ListView<WorldViewModel.Related> list) {
    WorldViewModel.Related r = list.getSelectionModel().getSelectedItem();
    if (r != null) {
      vm.open(r.relationship().otherId());
    }
  }
}
