package dev.wsconsole.desktop.shell;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.MyMembershipResponses.MyMembership;
import dev.wsconsole.model.wire.WorkspaceView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window: the workspaces the session can see, the one selected, and the caller's
 * role and rights there (from {@code GET /v1/{ws}/members/me}), which decide the pages and buttons.
 * Opening a workspace whose server asks for the voice step first runs it ({@link WorkspaceVoiceStep}).
 */
public final class ShellViewModel {
  /** The caller's standing in the selected workspace. */
  public record Standing(WorkspaceView workspace, String role, Set<Permission> permissions) {}

  private final Session session;
  private final BackgroundCalls calls;
  private final ObservableList<WorkspaceView> workspaces = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Standing> standing = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<WorkspaceView> keptClosed = new ReadOnlyObjectWrapper<>();
  private final WorkspaceVoiceStep voiceStep;

  public ShellViewModel(Session session, BackgroundCalls calls) {
    this(session, calls, WorkspaceVoiceStep.NONE);
  }

  public ShellViewModel(Session session, BackgroundCalls calls, WorkspaceVoiceStep voiceStep) {
    this.session = session;
    this.calls = calls;
    this.voiceStep = voiceStep;
  }

  public ObservableList<WorkspaceView> workspaces() {
    return FXCollections.unmodifiableObservableList(workspaces);
  }

  /** Null until a workspace is selected and its rights are known. */
  public ReadOnlyObjectProperty<Standing> standingProperty() {
    return standing.getReadOnlyProperty();
  }

  public Session session() {
    return session;
  }

  public BackgroundCalls calls() {
    return calls;
  }

  /** Loads the visible workspaces and selects {@code preferred} if among them, else the first. */
  public void load(UUID preferred) {
    calls.run(this::visibleWorkspaces, list -> {
      workspaces.setAll(list);
      list.stream().filter(w -> w.id().equals(preferred)).findFirst()
          .or(() -> list.stream().findFirst()).ifPresent(this::select);
    });
  }

  /**
   * The workspace last refused (it stays closed and the one open before stays open), then null again; the
   * switcher goes back to the open one.
   */
  public ReadOnlyObjectProperty<WorkspaceView> keptClosedProperty() {
    return keptClosed.getReadOnlyProperty();
  }

  /** Switches to {@code workspace} once the caller's rights there are known, after its voice step if it asks one. */
  public void select(WorkspaceView workspace) {
    open(workspace, true);
  }

  private void open(WorkspaceView workspace, boolean mayRunVoiceStep) {
    calls.run(() -> standingOrVoiceStep(workspace), found -> {
      if (found.isPresent()) {
        standing.set(found.get());
      } else if (mayRunVoiceStep) {
        voiceStep.run(workspace, passed -> {
          if (passed) {
            open(workspace, false);
          } else {
            keepClosed(workspace);
          }
        });
      } else {
        keepClosed(workspace);
      }
    }, failure -> keepClosed(workspace));
  }

  private void keepClosed(WorkspaceView workspace) {
    keptClosed.set(workspace);
    keptClosed.set(null);
  }

  /** The standing, or empty when the server asks this session for the voice step there first. */
  private Optional<Standing> standingOrVoiceStep(WorkspaceView workspace) {
    try {
      return Optional.of(standingIn(workspace));
    } catch (ApiFailure e) {
      if (e.voiceRequired()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Forgets everything shown (the console locks). */
  public void clear() {
    workspaces.clear();
    standing.set(null);
  }

  private List<WorkspaceView> visibleWorkspaces() {
    ConsoleApi api = session.api();
    return session.isKey() ? List.of(api.workspaces().get(session.keyWorkspace())) : api.workspaces().list();
  }

  private Standing standingIn(WorkspaceView ws) {
    if (session.isKey()) {
      return new Standing(ws, session.keyRole(), Permission.parseKnown(session.keyPermissions()));
    }
    try {
      MyMembership mine = session.api().members().mine(ws.id());
      return new Standing(ws, mine.role().wireName(), Permission.parseKnown(mine.permissions()));
    } catch (ApiFailure e) {
      if (e.voiceRequired() || ApiFailure.VOICE_FAILED.equals(e.code())) {
        throw e;
      }
      if (e.status() == 403 || e.status() == 404) {
        throw new ApiFailure(e.status(), "You are no longer a member of " + ws.slug() + ".");
      }
      throw e;
    }
  }
}
