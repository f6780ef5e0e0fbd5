package dev.wsconsole.desktop.signin;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.ConsoleApi;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The backend a sign-in form talks to, which may still be starting: the form is usable at once, a
 * submit waits (off the FX thread) until the backend is up, and a failed start is said on the form.
 * {@link #up} and {@link #failed} run on the FX thread; {@link #await} in the background.
 */
public final class PendingBackend {
  private final CompletableFuture<ConsoleApi> api = new CompletableFuture<>();
  private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();

  /** A backend still starting; {@code doing} says what (e.g. "Starting the embedded database"). */
  public PendingBackend(String doing) {
    status.set(doing + "… you can type meanwhile.");
  }

  /** A backend that already answers. */
  public static PendingBackend ready(ConsoleApi anonymous) {
    PendingBackend b = new PendingBackend("");
    b.up(anonymous);
    return b;
  }

  public void up(ConsoleApi anonymous) {
    api.complete(anonymous);
    starting.set(false);
    status.set("");
  }

  public void failed(String message) {
    api.completeExceptionally(new ApiFailure(0, message));
    starting.set(false);
    status.set(message);
  }

  /** True until the backend is up or failed to start. */
  public ReadOnlyBooleanProperty startingProperty() {
    return starting.getReadOnlyProperty();
  }

  /** What the backend is doing while it starts, its start failure, or empty once it is up. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public boolean isUp() {
    return api.isDone() && !api.isCompletedExceptionally();
  }

  /** Blocks until the backend is up; ApiFailure with the start's failure if it did not start. */
  public ConsoleApi await() {
    try {
      return api.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof ApiFailure f ? f : new ApiFailure(0, "The backend did not start.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiFailure(0, "Interrupted while waiting for the backend.");
    }
  }
}
