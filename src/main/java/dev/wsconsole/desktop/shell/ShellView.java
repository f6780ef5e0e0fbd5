package dev.wsconsole.desktop.shell;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.shell.ShellViewModel.Standing;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The main window: workspace switcher and tools on top, the pages the caller may open in the sidebar,
 * the open page in the middle with a progress indicator for slow calls, and the Ctrl+K palette.
 */
public final class ShellView extends BorderPane {
  private final ShellViewModel vm;
  private final List<PageSpec> pages;
  private final ListView<PageSpec> sidebar = new ListView<>();
  private final BorderPane pageHolder = new BorderPane();
  private final ProgressIndicator progress = new ProgressIndicator();
  private final CommandPalette palette = new CommandPalette();
  private final Label role = new Label();
  private String openPage;

  public ShellView(ShellViewModel vm, List<PageSpec> pages, ThemePreference theme, Runnable signOut) {
    this.vm = vm;
    this.pages = pages;
    setId("shell");
    setTop(createTopBar(theme, signOut));
    setLeft(createSidebar());
    setCenter(createCenter());
    vm.standingProperty().addListener((o, was, now) -> showStanding(now));
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.K && e.isShortcutDown()) {
        openPalette();
        e.consume();
      }
    });
  }

  /** Opens the page with this id if the caller may see it. */
  public void show(String pageId) {
    visiblePages().stream().filter(p -> p.id().equals(pageId)).findFirst()
        .ifPresent(p -> sidebar.getSelectionModel().select(p));
  }

  public void openPalette() {
    List<CommandPalette.Target> targets = visiblePages().stream()
        .map(p -> new CommandPalette.Target("Page: " + p.title(), () -> show(p.id()))).toList();
    palette.open(targets, vm.workspaces(), vm::select);
  }

  private Node createTopBar(ThemePreference theme, Runnable signOut) {
    Label title = new Label("Workspace Console");
    title.getStyleClass().add(Styles.TITLE_4);
    role.setId("shell-role");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button paletteButton = new Button("Jump… (Ctrl+K)");
    paletteButton.setId("shell-palette");
    paletteButton.setOnAction(e -> openPalette());
    Button themeButton = new Button("Light / dark");
    themeButton.setId("shell-theme");
    themeButton.setOnAction(e -> theme.toggle());
    Button out = new Button("Sign out");
    out.setId("shell-signout");
    out.setOnAction(e -> signOut.run());
    HBox bar = new HBox(12, title, new WorkspaceSwitcher(vm, vm::select), spacer, role, paletteButton, themeButton, out);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 12, 8, 12));
    return bar;
  }

  private Node createSidebar() {
    sidebar.setId("shell-sidebar");
    sidebar.setPrefWidth(190);
    sidebar.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(PageSpec page, boolean empty) {
        super.updateItem(page, empty);
        setText(empty || page == null ? null : page.title());
        setId(empty || page == null ? null : "nav-" + page.id());
      }
    });
    sidebar.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> open(now));
    return sidebar;
  }

  private Node createCenter() {
    progress.setId("shell-progress");
    progress.setMaxSize(48, 48);
    progress.setVisible(false);
    PauseTransition delay = new PauseTransition(Duration.millis(200));
    delay.setOnFinished(e -> progress.setVisible(vm.calls().busyProperty().get()));
    vm.calls().busyProperty().addListener((o, was, busy) -> {
      if (busy) {
        delay.playFromStart();
      } else {
        delay.stop();
        progress.setVisible(false);
      }
    });
    StackPane.setAlignment(palette, Pos.TOP_CENTER);
    StackPane.setMargin(palette, new Insets(40, 0, 0, 0));
    pageHolder.setPadding(new Insets(12));
    return new StackPane(pageHolder, progress, palette);
  }

  private List<PageSpec> visiblePages() {
    Standing s = vm.standingProperty().get();
    if (s == null) {
      return List.of();
    }
    return pages.stream().filter(p -> p.needs() == null || s.permissions().contains(p.needs())).toList();
  }

  private void showStanding(Standing s) {
    role.setText(s == null ? "" : "Role: " + s.role());
    String keep = openPage;
    openPage = null;
    List<PageSpec> visible = visiblePages();
    sidebar.getItems().setAll(visible);
    visible.stream().filter(p -> p.id().equals(keep)).findFirst().or(() -> visible.stream().findFirst())
        .ifPresentOrElse(p -> sidebar.getSelectionModel().select(p), () -> pageHolder.setCenter(null));
    open(sidebar.getSelectionModel().getSelectedItem());
  }

  private void open(PageSpec page) {
    Standing s = vm.standingProperty().get();
    if (page == null || s == null || page.id().equals(openPage)) {
      return;
    }
    openPage = page.id();
    Session session = vm.session();
    pageHolder.setCenter(page.build().apply(new PageContext(session.api(), s.workspace(), s.role(),
        s.permissions(), session.userId(), vm.calls())));
  }
}
