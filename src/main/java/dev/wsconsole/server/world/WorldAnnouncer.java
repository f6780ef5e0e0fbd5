package dev.wsconsole.server.world;

import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.live.LiveEventStore;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces committed world appends on the live stream in transactions of their own: the first append of a
 * quiet workspace at once, the ones that follow within {@link #SPACING} merged into one announcement at its
 * end, so a workspace gets at most one world announcement per spacing however fast it is written (decision
 * 0026). A writer never waits for the stream's per-workspace lock; a crash between a write's commit and its
 * announcement loses the hint, never the events.
 */
public final class WorldAnnouncer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorldAnnouncer.class);
  /** The least time between two world announcements of one workspace. */
  public static final Duration SPACING = Duration.ofMillis(50);
  private static final int THREADS = 2;
  private final TenantTx tx;
  private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "wsc-world-announcer");
    t.setDaemon(true);
    return t;
  });
  private final Map<UUID, Queue> queues = new ConcurrentHashMap<>();
  private volatile boolean closed;

  public WorldAnnouncer(TenantTx tx) {
    this.tx = tx;
  }

  /** One workspace's appends not yet announced; {@code busy} while a worker owns the workspace. */
  private static final class Queue {
    AppendSummary waiting;
    boolean busy;
  }

  /** Queues {@code summary} (of an append {@code ws} has committed) for the next announcement of {@code ws}. */
  void offer(UUID ws, AppendSummary summary) {
    Queue q = queues.computeIfAbsent(ws, k -> new Queue());
    synchronized (q) {
      if (q.waiting == null) {
        q.waiting = summary;
      } else {
        q.waiting.merge(summary);
      }
      if (q.busy) {
        return; // the worker that owns ws takes it with the next announcement
      }
      q.busy = true;
    }
    schedule(ws, q);
  }

  private void schedule(UUID ws, Queue q) {
    if (!closed) {
      try {
        workers.execute(() -> announceNext(ws, q));
        return;
      } catch (RejectedExecutionException e) {
        // closed meanwhile: announce on this thread below
      }
    }
    announceNext(ws, q);
  }

  /**
   * Writes what {@code ws} has waiting as one announcement, then looks again after {@link #SPACING} (through the
   * pool, so a busy workspace cannot keep a worker from the others), or, once closing, at once on this thread.
   */
  private void announceNext(UUID ws, Queue q) {
    while (true) {
      AppendSummary next;
      synchronized (q) {
        next = q.waiting;
        q.waiting = null;
        if (next == null) {
          q.busy = false;
          q.notifyAll();
          return;
        }
      }
      try {
        tx.run(ws, h -> LiveEventStore.publish(h, ws, WorldLiveStore.APPENDED, next.data()));
      } catch (RuntimeException e) {
        // The events are committed; only their announcement is lost. Readers re-read the world on reconnect.
        LOG.warn("world announcement of {} events in workspace {} lost: {}", next.eventCount(), ws, e.toString());
      }
      if (!closed) {
        try {
          workers.schedule(() -> announceNext(ws, q), SPACING.toMillis(), TimeUnit.MILLISECONDS);
          return;
        } catch (RejectedExecutionException e) {
          // closed meanwhile: go on here
        }
      }
    }
  }

  /** Waits until every append offered before this call has been announced (or given up); false on timeout. */
  public boolean awaitAnnounced(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Queue q : queues.values()) {
      synchronized (q) {
        while (q.busy) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          TimeUnit.NANOSECONDS.timedWait(q, left);
        }
      }
    }
    return true;
  }

  /** Announces what is still waiting (for up to five seconds), then stops the workers. */
  @Override
  public void close() throws InterruptedException {
    closed = true;
    awaitAnnounced(Duration.ofSeconds(5));
    workers.shutdownNow();
  }
}
