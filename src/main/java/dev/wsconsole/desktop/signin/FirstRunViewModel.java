package dev.wsconsole.desktop.signin;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.desktop.shell.BackgroundCalls;
import dev.wsconsole.desktop.shell.Session;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.wire.AuthResponses;
import dev.wsconsole.model.wire.WorkspaceView;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** First run on an empty database: create the owner account (then sign in as it), then the first workspace. */
public final class FirstRunViewModel {
  private final ConsoleApi anonymous;
  private final FirstRun firstRun;
  private final BackgroundCalls calls;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public FirstRunViewModel(ConsoleApi anonymous, FirstRun firstRun, BackgroundCalls calls) {
    this.anonymous = anonymous;
    this.firstRun = firstRun;
    this.calls = calls;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Creates the owner and signs in as them. */
  public void createOwner(String email, char[] password, char[] repeated, Consumer<Session> signedIn) {
    if (!Arrays.equals(password, repeated)) {
      message.set("The two passwords differ.");
      return;
    }
    String typed = new String(password);
    message.set("Creating the owner account…");
    calls.run(() -> {
      try {
        firstRun.createOwner(email.strip(), password);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new ApiFailure(422, e.getMessage());
      }
      AuthResponses.Login s = anonymous.auth().login(email.strip(), typed);
      return new Session(anonymous.withToken(s.accessToken()), s.userId(), s.email(), null, null, Set.of());
    }, s -> {
      message.set("");
      signedIn.accept(s);
    }, failure -> message.set(failure.getMessage()));
  }

  /** Creates a workspace the signed-in user will own. */
  public void createWorkspace(Session session, String slug, String name, Environment environment,
                              Consumer<WorkspaceView> created) {
    if (environment == null) {
      message.set("Choose the environment: production, staging or development.");
      return;
    }
    message.set("Creating the workspace…");
    calls.run(() -> session.api().workspaces().create(slug.strip(), name.strip(), environment), ws -> {
      message.set("");
      created.accept(ws);
    }, failure -> message.set(failure.getMessage()));
  }
}
