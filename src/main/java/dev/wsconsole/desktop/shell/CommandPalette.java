package dev.wsconsole.desktop.shell;

import dev.wsconsole.model.wire.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The Ctrl+K palette: type to filter pages and workspaces, Enter jumps, Escape closes. */
public final class CommandPalette extends VBox {
  /** One thing to jump to. */
  public record Target(String label, Runnable go) {
    @Override
    public String toString() {
      return label;
    }
  }

  private final TextField query = new TextField();
  private final ListView<Target> results = new ListView<>();
  private List<Target> all = List.of();

  public CommandPalette() {
    setId("palette");
    query.setId("palette-query");
    query.setPromptText("Jump to a page or workspace…");
    results.setId("palette-results");
    results.setPrefHeight(240);
    getChildren().addAll(query, results);
    setSpacing(6);
    setPadding(new Insets(12));
    setMaxSize(460, 300);
    setAlignment(Pos.TOP_CENTER);
    setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
        + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 16, 0, 0, 4);");
    query.textProperty().addListener((o, was, now) -> filter(now));
    query.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        jump();
      } else if (e.getCode() == KeyCode.ESCAPE) {
        close();
      } else if (e.getCode() == KeyCode.DOWN) {
        results.requestFocus();
        results.getSelectionModel().selectFirst();
      }
    });
    results.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        jump();
      } else if (e.getCode() == KeyCode.ESCAPE) {
        close();
      }
    });
    results.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        jump();
      }
    });
    close();
  }

  /** Opens with these pages and workspaces to choose from. */
  public void open(List<Target> pages, List<WorkspaceView> workspaces,
      java.util.function.Consumer<WorkspaceView> toWorkspace) {
    List<Target> targets = new ArrayList<>(pages);
    for (WorkspaceView w : workspaces) {
      targets.add(new Target("Workspace: " + w.name() + " (" + w.slug() + ")", () -> toWorkspace.accept(w)));
    }
    all = List.copyOf(targets);
    query.clear();
    filter("");
    setVisible(true);
    setManaged(true);
    query.requestFocus();
  }

  public void close() {
    setVisible(false);
    setManaged(false);
  }

  private void filter(String text) {
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    results.getItems().setAll(all.stream().filter(t -> t.label().toLowerCase(Locale.ROOT).contains(q)).toList());
    results.getSelectionModel().selectFirst();
  }

  private void jump() {
    Target t = results.getSelectionModel().getSelectedItem();
    if (t != null) {
      close();
      t.go().run();
    }
  }
}
