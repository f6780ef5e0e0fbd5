package dev.wsconsole.desktop.environment;

import dev.wsconsole.desktop.client.WorkspacesApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.wire.WorkspaceResponses;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Converting a workspace's environment in the server's order: check the target, read the server's
 * warnings, type the workspace slug, convert. Converting is possible only after a check of that target.
 */
public final class EnvironmentViewModel {
  private final PageContext context;
  private final WorkspacesApi api;
  private final ReadOnlyObjectWrapper<WorkspaceResponses.EnvironmentCheck> check = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper mayConvert = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private String typedSlug = "";

  public EnvironmentViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().workspaces();
  }

  public Environment current() {
    return context.workspace().environment();
  }

  public String slug() {
    return context.workspace().slug();
  }

  /** Environments other than the current one. */
  public List<Environment> targets() {
    return Arrays.stream(Environment.values()).filter(e -> e != current()).toList();
  }

  /** The last check's answer (null before any). */
  public ReadOnlyObjectProperty<WorkspaceResponses.EnvironmentCheck> checkProperty() {
    return check.getReadOnlyProperty();
  }

  /** True once a check is shown and the typed slug matches the workspace's. */
  public ReadOnlyBooleanProperty mayConvertProperty() {
    return mayConvert.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public void check(Environment target) {
    check.set(null);
    update();
    context.calls().run(() -> api.checkEnvironment(context.workspace().id(), target), answer -> {
      check.set(answer);
      update();
    });
  }

  public void typeSlug(String slug) {
    typedSlug = slug == null ? "" : slug;
    update();
  }

  public void convert() {
    WorkspaceResponses.EnvironmentCheck checked = check.get();
    if (!mayConvert.get() || checked == null) {
      return;
    }
    context.calls().run(() -> api.convert(context.workspace().id(), checked.target(), typedSlug), converted -> {
      message.set(converted.slug() + " is now " + converted.environment().wireName() + ".");
      context.reload().run();
    });
  }

  private void update() {
    mayConvert.set(check.get() != null && typedSlug.strip().equals(slug()));
  }
}
