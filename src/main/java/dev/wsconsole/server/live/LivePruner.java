package dev.wsconsole.server.live;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes events older than the replay window, once a minute, in every workspace this node heard
 * events of lately (publishing also prunes now and then, so a quiet workspace keeps only a few).
 */
public final class LivePruner implements AutoCloseable {
  private static final long EVERY_SECONDS = 60;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "wsc-live-pruner");
    t.setDaemon(true);
    return t;
  });

  public LivePruner(LiveEventHub hub, LiveEventStore store) {
    long keep = LiveEventStore.REPLAY_WINDOW.toMillis() + 2 * EVERY_SECONDS * 1000;
    timer.scheduleWithFixedDelay(() -> {
      for (UUID ws : hub.heardSince(System.currentTimeMillis() - keep)) {
        try {
          store.prune(ws);
        } catch (RuntimeException e) {
          // the next round tries again; pruning late only keeps a few rows longer
        }
      }
    }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
