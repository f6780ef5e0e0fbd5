package dev.wsconsole.desktop.world;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.WorldViews;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The World model page: a dashboard strip, entity search by type and text paged by the server, and the
 * opened entity's fields, timeline and relationships beside it (Enter or a click opens an entity).
 */
public final class WorldPage extends VBox {
  private final WorldViewModel vm;
  private final TableView<WorldViews.Entity> table = new TableView<>();

  public WorldPage(WorldViewModel vm) {
    this.vm = vm;
    setId("world-page");
    setSpacing(10);
    getStylesheets().add(Objects.requireNonNull(WorldPage.class.getResource("world.css")).toExternalForm());
    Label title = new Label("World model");
    title.getStyleClass().add(Styles.TITLE_2);
    VBox left = new VBox(8, createSearch(), createTable(), PagerBar.of("world", vm.entities()));
    VBox.setVgrow(table, Priority.ALWAYS);
    SplitPane split = new SplitPane(left, new EntityDetailPane(vm));
    split.setDividerPositions(0.42);
    getChildren().addAll(title, createDashboard(), split);
    VBox.setVgrow(split, Priority.ALWAYS);
    vm.load();
  }

  private Node createDashboard() {
    Label strip = new Label();
    strip.setId("world-dashboard");
    strip.getStyleClass().add(Styles.TEXT_MUTED);
    strip.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.dashboardProperty().get()),
        vm.dashboardProperty()));
    return strip;
  }

  static String describe(WorldViews.Dashboard d) {
    if (d == null) {
      return "";
    }
    return d.entityCounts().totalEntities() + " entities · " + d.entityCounts().totalEvents() + " events · "
        + d.events_24h() + " in 24 h · " + d.events_7d()
        + " in 7 d · average confidence " + (d.avgConfidence() == null ? "n/a"
        : String.format(Locale.ROOT, "%.2f", d.avgConfidence()));
  }

  private Node createSearch() {
    ComboBox<WorldViews.EntityTypeSummary> type = new ComboBox<>();
    type.setId("world-type");
    WorldViews.EntityTypeSummary all = new WorldViews.EntityTypeSummary(null, -1, null, false);
    type.getItems().add(all);
    type.setValue(all);
    vm.types().addListener((javafx.collections.ListChangeListener<WorldViews.EntityTypeSummary>) c -> {
      WorldViews.EntityTypeSummary chosen = type.getValue();
      type.getItems().setAll(vm.types());
      type.getItems().add(0, all);
      type.setValue(type.getItems().contains(chosen) ? chosen : all);
    });
    type.setConverter(new StringConverter<>() {
      @Override
      public String toString(WorldViews.EntityTypeSummary t) {
        return t == null || t.entityType() == null ? "All types" : t.entityType() + " (" + t.count() + ")";
      }

      @Override
      public WorldViews.EntityTypeSummary fromString(String s) {
        return null;
      }
    });
    TextField query = new TextField();
    query.setId("world-query");
    query.setPromptText("Search names and fields");
    HBox.setHgrow(query, Priority.ALWAYS);
    Button search = new Button("Search");
    search.setId("world-search");
    search.setDefaultButton(true);
    search.setOnAction(e -> vm.search(type.getValue() == null ? null : type.getValue().entityType(),
        query.getText()));
    HBox row = new HBox(8, type, query, search);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node createTable() {
    table.setId("world-entities");
    table.getColumns().add(TextColumns.of("Type", WorldViews.Entity::entityType));
    table.getColumns().add(TextColumns.of("Name", WorldViewModel::label));
    table.getColumns().add(TextColumns.of("Confidence", e -> String.format(Locale.ROOT, "%.2f", e.confidence())));
    table.getColumns().add(TextColumns.of("Events", e -> Long.toString(e.eventCount())));
    table.setItems(vm.entities().items());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No entities match"));
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.open(now.id());
      }
    });
    table.setOnKeyPressed(e -> {
      WorldViews.Entity selected = table.getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && selected != null) {
        vm.open(selected.id());
      }
    });
    return table;
  }
}
