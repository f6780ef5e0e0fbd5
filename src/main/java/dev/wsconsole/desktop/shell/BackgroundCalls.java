package dev.wsconsole.desktop.shell;

import dev.wsconsole.desktop.client.ApiFailure;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs server calls off the FX thread and hands results back on it; a failure becomes the server's
 * {@code detail} for the notification bar (never a stack trace), and a 401 asks the console to lock.
 */
public final class BackgroundCalls {
  private final Executor background;
  private final Executor ui;
  private final Consumer<String> notify;
  private final Runnable sessionEnded;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private int inFlight;

  public BackgroundCalls(Executor background, Executor ui, Consumer<String> notify, Runnable sessionEnded) {
    this.background = background;
    this.ui = ui;
    this.notify = notify;
    this.sessionEnded = sessionEnded;
  }

  /** True while any call is running (the view shows progress once this lasts ~200 ms). */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public Executor ui() {
    return ui;
  }

  /** Runs {@code work} in the background, then {@code done} on the UI thread with its result. */
  public <T> void run(Supplier<T> work, Consumer<T> done) {
    run(work, done, failure -> { });
  }

  /** The same, also telling {@code failed} (on the UI thread) after the notification went out. */
  public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<ApiFailure> failed) {
    started();
    background.execute(() -> {
      try {
        T result = work.get();
        ui.execute(() -> {
          finished();
          done.accept(result);
        });
      } catch (ApiFailure e) {
        ui.execute(() -> {
          finished();
          report(e);
          failed.accept(e);
        });
      } catch (RuntimeException e) {
        ApiFailure wrapped = new ApiFailure(0, "Something went wrong: " + e.getClass().getSimpleName());
        ui.execute(() -> {
          finished();
          report(wrapped);
          failed.accept(wrapped);
        });
      }
    });
  }

  private void report(ApiFailure e) {
    notify.accept(e.getMessage());
    if (e.status() == 401) {
      sessionEnded.run();
    }
  }

  private void started() {
    inFlight++;
    busy.set(true);
  }

  private void finished() {
    inFlight--;
    busy.set(inFlight > 0);
  }
}
