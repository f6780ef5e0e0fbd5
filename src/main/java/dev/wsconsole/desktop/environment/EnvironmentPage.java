package dev.wsconsole.desktop.environment;

import atlantafx.base.theme.Styles;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.wire.WorkspaceResponses;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Environment page: check a conversion, read what will change, type the slug, convert. */
public final class EnvironmentPage extends VBox {
  private final EnvironmentViewModel vm;
  private final ListView<String> warnings = new ListView<>();

  public EnvironmentPage(EnvironmentViewModel vm) {
    this.vm = vm;
    setId("environment-page");
    setSpacing(10);
    Label title = new Label("Environment");
    title.getStyleClass().add(Styles.TITLE_2);
    Label current = new Label("This workspace is " + vm.current().wireName() + ".");
    current.setId("environment-current");
    warnings.setId("environment-warnings");
    warnings.setPrefHeight(200);
    Label message = new Label();
    message.setId("environment-message");
    message.textProperty().bind(vm.messageProperty());
    getChildren().addAll(title, current, createCheck(), warnings, createConfirm(), message);
    vm.checkProperty().addListener((o, was, now) -> show(now));
  }

  private Node createCheck() {
    ComboBox<Environment> target = new ComboBox<>();
    target.setId("environment-target");
    target.getItems().setAll(vm.targets());
    target.getSelectionModel().selectFirst();
    Button check = new Button("Check conversion");
    check.setId("environment-check");
    check.setOnAction(e -> vm.check(target.getValue()));
    HBox row = new HBox(8, new Label("Convert to"), target, check);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node createConfirm() {
    TextField slug = new TextField();
    slug.setId("environment-slug");
    slug.setPromptText("type " + vm.slug() + " to confirm");
    slug.textProperty().addListener((o, was, now) -> vm.typeSlug(now));
    Button convert = new Button("Convert");
    convert.setId("environment-convert");
    convert.getStyleClass().add(Styles.DANGER);
    convert.disableProperty().bind(vm.mayConvertProperty().not());
    convert.setOnAction(e -> vm.convert());
    HBox row = new HBox(8, slug, convert);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private void show(WorkspaceResponses.EnvironmentCheck check) {
    if (check == null) {
      warnings.getItems().clear();
      return;
    }
    warnings.getItems().setAll(check.warnings().isEmpty()
        ? java.util.List.of("The server reports nothing that will change.") : check.warnings());
  }
}
