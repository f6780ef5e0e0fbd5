package dev.wsconsole.desktop;

import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.desktop.shell.BackgroundCalls;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.Session;
import dev.wsconsole.desktop.shell.ShellViewModel;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * View-model tests without a window: calls run on the test thread against the real backend, and every
 * notification the console would show is kept for assertions.
 */
public final class DirectCalls {
  public final List<String> notices = new ArrayList<>();
  public int sessionsEnded;
  public int reloads;
  public final BackgroundCalls calls = new BackgroundCalls(Runnable::run, Runnable::run, notices::add,
      () -> sessionsEnded++);

  /** A signed-in session of {@code email} (password {@link TestApi#PASSWORD}). */
  public Session signIn(TestApi api, String email) {
    ConsoleApi anonymous = new ConsoleApi(api.baseUrl(), null);
    var s = anonymous.auth().login(email, TestApi.PASSWORD);
    return new Session(anonymous.withToken(s.accessToken()), s.userId(), s.email(), null, null, Set.of());
  }

  /** The page context the shell would give for {@code session} in workspace {@code ws}. */
  public PageContext context(Session session, UUID ws) {
    ShellViewModel shell = new ShellViewModel(session, calls);
    shell.load(ws);
    ShellViewModel.Standing s = shell.standingProperty().get();
    if (s == null || !s.workspace().id().equals(ws)) {
      throw new AssertionError("no standing in " + ws + ": " + notices);
    }
    WorkspaceView w = s.workspace();
    return new PageContext(session.api(), w, s.role(), s.permissions(), session.userId(), calls, () -> reloads++);
  }
}
