package dev.wsconsole.desktop.datasources;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.DataSourcesApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.wire.DataSourceViews;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Sync now": starts a run, polls it in the background until it finishes (telling how long it has
 * run), then shows what it imported, what it skipped and how long it took.
 */
public final class SyncViewModel {
  static final long POLL_MILLIS = 250;
  static final long GIVE_UP_MILLIS = 10 * 60 * 1000;
  private final PageContext context;
  private final DataSourcesApi api;
  private final UUID ws;
  private final Runnable finished;
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
  private final ObservableList<String> errors = FXCollections.observableArrayList();

  SyncViewModel(PageContext context, DataSourcesApi api, Runnable finished) {
    this.context = context;
    this.api = api;
    this.ws = context.workspace().id();
    this.finished = finished;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** "Syncing Clinic drop… 1.5 s" while a run is in flight. */
  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the last run did: status, counts and duration. */
  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** The last run's error lines (skipped resources, or why it failed). */
  public ObservableList<String> errors() {
    return errors;
  }

  public void syncNow(DataSourceViews.View source) {
    running.set(true);
    outcome.set("");
    errors.clear();
    progress.set("Starting a sync of " + source.name() + "…");
    context.calls().run(() -> awaitRun(source, api.sync(ws, source.id())), run -> {
      running.set(false);
      progress.set("");
      outcome.set(describe(run));
      errors.setAll(run.errors());
      finished.run();
    }, failure -> {
      running.set(false);
      progress.set("");
      finished.run();
    });
  }

  /** Polls (on the background thread) until the run left 'running'. */
  private DataSourceViews.Run awaitRun(DataSourceViews.View source, UUID runId) {
    long started = System.nanoTime();
    while (true) {
      DataSourceViews.Run run = api.runs(ws, source.id(), 5, null).items().stream()
          .filter(r -> r.id().equals(runId)).findFirst()
          .orElse(null);
      if (run != null && !running(run)) {
        return run;
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (millis > GIVE_UP_MILLIS) {
        throw new ApiFailure(0, "The sync of " + source.name() + " is still running after ten minutes;"
            + " its history will show how it ends.");
      }
      String text = String.format(Locale.ROOT, "Syncing %s… %.1f s", source.name(), millis / 1000.0);
      context.calls().ui().execute(() -> progress.set(text));
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiFailure(0, "Stopped waiting for the sync.");
    }
  }

  /** Whether the run is still going. */
  public static boolean running(DataSourceViews.Run run) {
    return "running".equals(run.status());
  }

  /** "Sync succeeded: 10 imported, 1 failed, 10 events in 0.42 s". */
  public static String describe(DataSourceViews.Run run) {
    String took = run.durationMs() == null ? "" : String.format(Locale.ROOT, " in %.2f s", run.durationMs() / 1000.0);
    return "Sync " + ("success".equals(run.status()) ? "succeeded" : "ended with " + run.status()) + ": "
        + run.syncedCount() + " imported, " + run.failedCount() + " failed, " + run.eventCount() + " events" + took;
  }
}
