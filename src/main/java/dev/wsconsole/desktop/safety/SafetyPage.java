package dev.wsconsole.desktop.safety;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.PagerBar;
import dev.wsconsole.desktop.shell.TextColumns;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.model.wire.SafetyTemplateBodies;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The safety page: the template catalog with apply (for those allowed) and the monitor concepts, paged. */
public final class SafetyPage extends VBox {
  private final SafetyViewModel vm;
  private final TableView<SafetyTemplateBodies.Template> templates = new TableView<>();
  private final TableView<MonitorConcept> concepts = new TableView<>();

  public SafetyPage(SafetyViewModel vm) {
    this.vm = vm;
    setId("safety-page");
    setSpacing(10);
    Label title = new Label("Safety");
    title.getStyleClass().add(Styles.TITLE_2);
    templates.setId("safety-templates");
    templates.getColumns().add(TextColumns.of("Template", SafetyTemplateBodies.Template::name));
    templates.getColumns().add(TextColumns.of("Regulation", SafetyTemplateBodies.Template::regulation));
    templates.getColumns().add(TextColumns.of("Category", SafetyTemplateBodies.Template::category));
    templates.setItems(vm.templates());
    templates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    concepts.setId("safety-concepts");
    concepts.getColumns().add(TextColumns.of("Monitor concept", MonitorConcept::name));
    concepts.getColumns().add(TextColumns.of("Threshold", c -> String.valueOf(c.threshold())));
    concepts.setItems(vm.concepts());
    concepts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    getChildren().addAll(title, templates);
    if (vm.mayApply()) {
      getChildren().add(applyBar());
    }
    getChildren().addAll(new Label("Monitor concepts"), concepts, PagerBar.of("safety", vm.pages()));
    VBox.setVgrow(concepts, Priority.ALWAYS);
    vm.load();
  }

  private Node applyBar() {
    Button apply = new Button("Apply template");
    apply.setId("safety-apply");
    apply.getStyleClass().add(Styles.ACCENT);
    apply.disableProperty().bind(templates.getSelectionModel().selectedItemProperty().isNull());
    apply.setOnAction(e -> vm.apply(templates.getSelectionModel().getSelectedItem()));
    Label outcome = new Label();
    outcome.setId("safety-outcome");
    outcome.textProperty().bind(vm.outcomeProperty());
    HBox bar = new HBox(8, apply, outcome);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }
}
