package dev.wsconsole.desktop.signin;

import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.desktop.shell.BackgroundCalls;
import dev.wsconsole.desktop.shell.Session;
import dev.wsconsole.model.wire.AuthResponses;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Signs in with email and password, or with an API key, and hands the session on. */
public final class SignInViewModel {
  private final PendingBackend backend;
  private final BackgroundCalls calls;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();

  public SignInViewModel(ConsoleApi anonymous, BackgroundCalls calls, String greeting) {
    this(PendingBackend.ready(anonymous), calls, greeting);
  }

  /** Over a backend that may still be starting: a submit waits for it, saying so. */
  public SignInViewModel(PendingBackend backend, BackgroundCalls calls, String greeting) {
    this.backend = backend;
    this.calls = calls;
    message.set(greeting == null ? "" : greeting);
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public PendingBackend backend() {
    return backend;
  }

  public ReadOnlyBooleanProperty workingProperty() {
    return working.getReadOnlyProperty();
  }

  public void signIn(String email, String password, Consumer<Session> signedIn) {
    if (email.isBlank() || password.isEmpty()) {
      message.set("Enter your email and password.");
      return;
    }
    start(() -> {
      ConsoleApi anonymous = backend.await();
      AuthResponses.Login s = anonymous.auth().login(email.strip(), password);
      return new Session(anonymous.withToken(s.accessToken()), s.userId(), s.email(), null, null, Set.of());
    }, signedIn);
  }

  public void signInWithKey(String apiKey, Consumer<Session> signedIn) {
    if (apiKey.isBlank()) {
      message.set("Paste an API key.");
      return;
    }
    start(() -> sessionForKey(backend.await(), apiKey.strip()), signedIn);
  }

  /** A session for an API key: the server says whose key it is, its workspace and its rights. */
  public static Session sessionForKey(ConsoleApi anonymous, String apiKey) {
    ConsoleApi api = anonymous.withToken(apiKey);
    AuthResponses.AuthInfo me = api.auth().me();
    return new Session(api, me.userId(), me.name() == null ? "API key" : me.name(), me.workspaceId(),
        me.role() == null ? null : me.role().wireName(),
        me.permissions() == null ? Set.of() : Set.copyOf(me.permissions()));
  }

  private void start(java.util.function.Supplier<Session> work, Consumer<Session> signedIn) {
    working.set(true);
    message.set(backend.isUp() ? "Signing in…" : "Waiting for the backend to start, then signing in…");
    calls.run(work, s -> {
      working.set(false);
      message.set("");
      signedIn.accept(s);
    }, failure -> {
      working.set(false);
      message.set(failure.getMessage());
    });
  }
}
