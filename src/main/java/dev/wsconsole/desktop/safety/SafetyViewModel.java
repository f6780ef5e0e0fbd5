package dev.wsconsole.desktop.safety;

import dev.wsconsole.desktop.client.SafetyApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.model.wire.SafetyTemplateBodies;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Safety templates (apply one to create its monitor concepts) and the workspace's monitor concepts, paged. */
public final class SafetyViewModel {
  static final int PAGE_SIZE = 10;
  private final PageContext context;
  private final SafetyApi api;
  private final UUID ws;
  private final ObservableList<SafetyTemplateBodies.Template> templates = FXCollections.observableArrayList();
  private final ServerPages<MonitorConcept> concepts;
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

  public SafetyViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().safety();
    this.ws = context.workspace().id();
    this.concepts = new ServerPages<>(context.calls(), token -> api.concepts(ws, PAGE_SIZE, token));
  }

  public ObservableList<SafetyTemplateBodies.Template> templates() {
    return templates;
  }

  public ObservableList<MonitorConcept> concepts() {
    return concepts.items();
  }

  /** What the last apply did, in words. */
  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** The server-paged list behind the table (for its pager bar). */
  public ServerPages<MonitorConcept> pages() {
    return concepts;
  }

  public boolean mayApply() {
    return context.may(Permission.SAFETY_MANAGE);
  }

  public void load() {
    context.calls().run(() -> api.templates(ws), templates::setAll);
    concepts.reload();
  }

  public void apply(SafetyTemplateBodies.Template template) {
    context.calls().run(() -> api.apply(ws, template.id()), applied -> {
      outcome.set(template.name() + ": " + applied.createdConcepts().size() + " created, "
          + applied.skipped().size() + " already there");
      concepts.reload();
    });
  }
}
