package dev.wsconsole.desktop.app;

import atlantafx.base.theme.Styles;
import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.desktop.client.VoiceApi;
import dev.wsconsole.desktop.shell.BackgroundCalls;
import dev.wsconsole.desktop.shell.IdleLock;
import dev.wsconsole.desktop.shell.NotificationBar;
import dev.wsconsole.desktop.shell.Session;
import dev.wsconsole.desktop.shell.ShellView;
import dev.wsconsole.desktop.shell.ShellViewModel;
import dev.wsconsole.desktop.shell.ThemePreference;
import dev.wsconsole.desktop.signin.CreateWorkspacePane;
import dev.wsconsole.desktop.signin.FirstRunPane;
import dev.wsconsole.desktop.signin.FirstRunViewModel;
import dev.wsconsole.desktop.signin.PendingBackend;
import dev.wsconsole.desktop.signin.SignInPane;
import dev.wsconsole.desktop.signin.SignInViewModel;
import dev.wsconsole.desktop.voice.VoiceDialogs;
import dev.wsconsole.desktop.voice.VoiceSignInViewModel;
import dev.wsconsole.desktop.voice.VoiceStep;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.voice.capture.AudioSource;
import dev.wsconsole.voice.capture.MicrophoneSource;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The console's one window and its course: splash while the backend starts, first run or sign-in,
 * then the shell; it locks (clearing the shell) when the session idles out or the server ends it.
 */
public final class ConsoleWindow extends BorderPane {
  private final LaunchPlan plan;
  private final ThemePreference theme;
  private final Executor background;
  private final Duration idleOverride;
  private AudioSource voiceSource = new MicrophoneSource();
  private final NotificationBar notices = new NotificationBar();
  private final BackgroundCalls calls;
  private final IdleLock idle = new IdleLock(() -> lock("The console locked after the session's idle timeout: sign in again."));
  private Connection connection;
  private ConsoleApi anonymous;
  private ShellViewModel shellVm;
  private ShellView shell;
  private final javafx.beans.property.ReadOnlyStringWrapper title = new javafx.beans.property.ReadOnlyStringWrapper("Workspace Console");

  /** {@code idleOverride} replaces the environment's idle timeout (null: the environment decides). */
  public ConsoleWindow(LaunchPlan plan, ThemePreference theme, Executor background, Duration idleOverride) {
    this.plan = plan;
    this.theme = theme;
    this.background = background;
    this.idleOverride = idleOverride;
    this.calls = new BackgroundCalls(background, Platform::runLater, notices::show,
        () -> lock("Your session ended: sign in again."));
    setId("console");
    setBottom(notices);
  }

  /**
   * The window's title, saying which step shows: packaging checks and the start-up benchmark wait
   * for "Sign in" (form usable) and for "Sign in" without "(backend starting)" (backend up too).
   */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Connects in the background, showing the sign-in form meanwhile when an account is known, the splash otherwise. */
  public void start() {
    if (plan.ownerKnown() && plan.apiKey() == null) {
      signInWhileStarting();
      return;
    }
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setId("splash-progress");
    Label status = new Label(plan.description() + "…");
    status.setId("splash-status");
    Label title = new Label("Workspace Console");
    title.getStyleClass().add(Styles.TITLE_1);
    VBox splash = new VBox(16, title, spinner, status);
    splash.setId("splash");
    splash.setAlignment(Pos.CENTER);
    show(splash);
    calls.run(this::connect, this::connected, failure -> status.setText(failure.getMessage()));
  }

  /** The sign-in form at once; its submit waits for the backend, and a failed start shows on it. */
  private void signInWhileStarting() {
    PendingBackend pending = new PendingBackend(plan.description());
    pending.startingProperty().addListener((o, was, now) ->
        title.set(WindowTitle.of(getCenter(), pending.isUp() ? null : "backend failed to start")));
    show(new SignInPane(new SignInViewModel(pending, calls, ""), "the embedded backend on this computer", this::signedIn),
        "backend starting");
    calls.run(this::connect, c -> {
      connection = c;
      anonymous = new ConsoleApi(c.baseUrl(), null);
      pending.up(anonymous);
      checkTheMarkerWasRight(c);
    }, failure -> pending.failed(failure.getMessage()));
  }

  /** The marker said an account exists; the database has the last word (first run if it has none). */
  private void checkTheMarkerWasRight(Connection c) {
    if (c.firstRun() == null) {
      return;
    }
    calls.run(c.firstRun()::needsOwner, needs -> {
      if (needs && shell == null) {
        show(new FirstRunPane(new FirstRunViewModel(anonymous, c.firstRun(), calls), this::signedIn));
      }
    });
  }

  private Connection connect() {
    try {
      return plan.connect().call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ApiFailure(0, "The backend did not start: " + e.getMessage());
    }
  }

  public ShellView shell() {
    return shell;
  }

  /** Stops the embedded backend, if this console started one. */
  public void close() throws Exception {
    idle.disarm();
    if (connection != null) {
      connection.stop().close();
    }
  }

  private void connected(Connection c) {
    connection = c;
    anonymous = new ConsoleApi(c.baseUrl(), null);
    if (plan.apiKey() != null) {
      calls.run(() -> SignInViewModel.sessionForKey(anonymous, plan.apiKey()), this::openShell,
          failure -> showSignIn(failure.getMessage()));
    } else if (c.firstRun() != null) {
      calls.run(c.firstRun()::needsOwner, needs -> {
        if (needs) {
          show(new FirstRunPane(new FirstRunViewModel(anonymous, c.firstRun(), calls), this::signedIn));
        } else {
          showSignIn("");
        }
      });
    } else {
      showSignIn("");
    }
  }

  private void showSignIn(String message) {
    show(new SignInPane(new SignInViewModel(anonymous, calls, message), connection.baseUrl(), this::signedIn));
  }

  private void signedIn(Session session) {
    if (session.isKey()) {
      openShell(session);
      return;
    }
    calls.run(() -> session.api().workspaces().list(), list -> {
      if (list.isEmpty()) {
        FirstRunViewModel vm = new FirstRunViewModel(anonymous, connection.firstRun(), calls);
        show(new CreateWorkspacePane(vm, session, ws -> openShell(session, ws.id())));
      } else {
        openShell(session, list.get(0).id());
      }
    });
  }

  /**
   * The voice step of sign-in for a workspace the server keeps closed to this session until then (issue 14):
   * the shell asks for it whenever it opens such a workspace. A failing microphone, pipeline or voice service
   * records a skip (the dialog reports it) and the workspace opens; a voice the server refuses leaves the
   * workspace closed: at sign-in, when nothing is open yet, the session is signed out, otherwise the workspace
   * open before stays open with a note.
   */
  private void voiceStep(WorkspaceView workspace, java.util.function.Consumer<Boolean> passed) {
    Session session = shellVm.session();
    VoiceApi voice = session.api().voice(workspace.id());
    VoiceSignInViewModel vm = new VoiceSignInViewModel(voice, voiceSource, background, Platform::runLater);
    VoiceStep outcome = VoiceDialogs.signIn(getScene() == null ? null : getScene().getWindow(), vm);
    if (outcome.letsSignInProceed()) {
      passed.accept(true);
      return;
    }
    String why = outcome == VoiceStep.BLOCKED ? "Too many voice attempts: " + workspace.name() + " stays closed;"
        + " try again later." : "Voice sign-in did not confirm it's you: " + workspace.name() + " stays closed.";
    if (shellVm.standingProperty().get() == null) {
      signOut();
      showSignIn(why + " Signed out.");
    } else {
      notices.show(why);
      passed.accept(false);
    }
  }

  /** Where voice sign-in records from: the microphone, or a WAV file in tests. */
  public void useVoiceSource(AudioSource source) {
    this.voiceSource = source;
  }

  private void openShell(Session session) {
    openShell(session, null);
  }

  private void openShell(Session session, UUID preferred) {
    notices.clear();
    shellVm = new ShellViewModel(session, calls, this::voiceStep);
    shell = new ShellView(shellVm, ConsolePages.all(background), theme, this::signOut);
    shellVm.standingProperty().addListener((o, was, now) -> {
      if (now != null && getScene() != null) {
        idle.arm(getScene(), idleOverride != null ? idleOverride : idleTimeoutOf(now.workspace()));
      }
    });
    show(shell);
    shellVm.load(preferred);
  }

  private static Duration idleTimeoutOf(WorkspaceView ws) {
    return ws.environment().policy().idleTimeout();
  }

  private void signOut() {
    Session session = shellVm.session();
    clearShell();
    showSignIn("Signed out.");
    if (!session.isKey()) {
      calls.run(() -> {
        session.api().auth().logout();
        return true;
      }, done -> { });
    }
  }

  /** Forgets everything shown and asks to sign in again. */
  public void lock(String reason) {
    if (shell == null) {
      return;
    }
    clearShell();
    showSignIn(reason);
  }

  private void clearShell() {
    idle.disarm();
    if (shellVm != null) {
      shellVm.clear();
    }
    shellVm = null;
    shell = null;
  }

  private void show(Node content) {
    show(content, null);
  }

  private void show(Node content, String backendNote) {
    StackPane holder = new StackPane(content);
    StackPane.setAlignment(content, Pos.CENTER);
    setCenter(holder);
    title.set(WindowTitle.of(holder, backendNote));
  }
}
