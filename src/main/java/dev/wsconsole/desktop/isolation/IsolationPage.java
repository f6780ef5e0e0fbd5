package dev.wsconsole.desktop.isolation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/**
 * The Isolation page: every visible workspace as a mermaid-style subgraph with live counts, side by side
 * and never linked, with zoom, pan and export, and the "prove isolation" verdicts below.
 */
public final class IsolationPage extends BorderPane {
  /** How often the counts reload while the page is showing and "Live" is on. */
  static final Duration LIVE_INTERVAL = Duration.seconds(20);
  private final IsolationViewModel vm;
  private final Function<ExportFormat, Path> destination;
  private final DiagramPane drawing = new DiagramPane();
  private final ZoomPane zoom = new ZoomPane(drawing);
  private final Label message = new Label();
  private final ToggleButton live = new ToggleButton("Live");
  private final Timeline autoRefresh = new Timeline(new KeyFrame(LIVE_INTERVAL, e -> autoRefresh()));
  private boolean fitted;

  /** {@code destination} says where an export goes (it returns null when the user cancels); null asks with a dialog. */
  public IsolationPage(IsolationViewModel vm, Function<ExportFormat, Path> destination) {
    this.vm = vm;
    this.destination = destination == null ? this::askWhereToSave : destination;
    setId("isolation-page");
    getStyleClass().add("iso-page");
    getStylesheets().add(Objects.requireNonNull(getClass().getResource("isolation.css")).toExternalForm());
    zoom.setId("isolation-diagram");
    SplitPane split = new SplitPane(zoom, new VerdictTablePane(vm));
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.62);
    setTop(createToolBar());
    setCenter(split);
    vm.layoutProperty().addListener((o, was, layout) -> show(layout));
    vm.messageProperty().addListener((o, was, text) -> message.setText(text));
    addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
    show(vm.layoutProperty().get());
    keepLiveWhileShowing();
  }

  /** Reloads the counts every {@link #LIVE_INTERVAL} while the page is in a showing window and "Live" is on. */
  private void keepLiveWhileShowing() {
    autoRefresh.setCycleCount(Animation.INDEFINITE);
    live.setId("isolation-live");
    live.setSelected(true);
    live.setTooltip(new Tooltip("Reload the counts every " + (int) LIVE_INTERVAL.toSeconds() + " s"));
    ObservableValue<Boolean> showing = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
        .orElse(false);
    showing.addListener((o, was, now) -> updateAutoRefresh(now));
    live.selectedProperty().addListener((o, was, now) -> updateAutoRefresh(showing.getValue()));
  }

  private void updateAutoRefresh(boolean showing) {
    if (showing && live.isSelected()) {
      autoRefresh.play();
    } else {
      autoRefresh.stop();
    }
  }

  private void autoRefresh() {
    if (!vm.loadingProperty().get()) {
      vm.refresh();
    }
  }

  /** The page with a save dialog for exports. */
  public IsolationPage(IsolationViewModel vm) {
    this(vm, null);
  }

  private Path askWhereToSave(ExportFormat format) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export " + format.description());
    chooser.setInitialFileName(format.defaultFileName());
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
    var file = chooser.showSaveDialog(getScene().getWindow());
    return file == null ? null : file.toPath();
  }

  private ToolBar createToolBar() {
    ProgressIndicator loading = new ProgressIndicator();
    loading.setId("isolation-loading");
    loading.setPrefSize(18, 18);
    loading.visibleProperty().bind(vm.loadingProperty());
    Label level = new Label();
    level.setId("isolation-zoom-level");
    level.textProperty().bind(zoom.zoomProperty().multiply(100).asString("%.0f %%"));
    message.setId("isolation-message");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button refresh = button("Refresh", "isolation-refresh", vm::refresh);
    refresh.disableProperty().bind(vm.loadingProperty());
    return new ToolBar(refresh, live, new Separator(),
        button("−", "isolation-zoom-out", zoom::zoomOut), level, button("+", "isolation-zoom-in", zoom::zoomIn),
        button("Fit", "isolation-zoom-fit", zoom::fit), button("1:1", "isolation-zoom-reset", zoom::actualSize),
        new Separator(), new Label("Export"),
        button("PNG", "isolation-export-png", () -> export(ExportFormat.PNG)),
        button("SVG", "isolation-export-svg", () -> export(ExportFormat.SVG)),
        button("Mermaid", "isolation-export-mermaid", () -> export(ExportFormat.MERMAID)),
        spacer, message, loading);
  }

  private static Button button(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private void show(DiagramLayout layout) {
    drawing.show(layout);
    if (!fitted && !layout.nodes().isEmpty()) {
      fitted = true;
      Platform.runLater(zoom::fit);
    }
  }

  private void export(ExportFormat format) {
    Path file = destination.apply(format);
    if (file == null) {
      return;
    }
    try {
      switch (format) {
        case PNG -> DiagramExports.png(drawing, 2, file);
        case SVG -> DiagramExports.svg(vm.layoutProperty().get(), palette(), file);
        case MERMAID -> DiagramExports.mermaid(vm.diagramProperty().get(), file);
      }
      message.setText("Saved " + file.getFileName());
    } catch (IOException | RuntimeException e) {
      message.setText("Could not save " + file.getFileName() + ": " + e.getMessage());
    }
  }

  /** The SVG follows the theme in use: AtlantaFX's dark themes have "dark" in their stylesheet's name. */
  private static DiagramPalette palette() {
    String theme = Application.getUserAgentStylesheet();
    return theme != null && theme.toLowerCase(java.util.Locale.ROOT).contains("dark") ? DiagramPalette.DARK
        : DiagramPalette.LIGHT;
  }

  private void shortcut(KeyEvent e) {
    if (!e.isShortcutDown()) {
      return;
    }
    if (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD) {
      zoom.zoomIn();
    } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
      zoom.zoomOut();
    } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
      zoom.fit();
    } else {
      return;
    }
    e.consume();
  }

  /** The zoomable viewport, for the shell's keyboard shortcuts and tests. */
  public ZoomPane zoomPane() {
    return zoom;
  }
}
