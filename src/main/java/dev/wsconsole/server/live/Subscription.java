package dev.wsconsole.server.live;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** One open stream's place on this node: woken when its workspace may have new events; closing frees the slot. */
public final class Subscription implements AutoCloseable {
  private final UUID workspaceId;
  private final LiveEventHub hub;
  private final Semaphore signal = new Semaphore(0);

  Subscription(UUID workspaceId, LiveEventHub hub) {
    this.workspaceId = workspaceId;
    this.hub = hub;
  }

  public UUID workspaceId() {
    return workspaceId;
  }

  void wake() {
    if (signal.availablePermits() == 0) {
      signal.release();
    }
  }

  /** Waits until woken or {@code timeout} passes; true when woken. Wake-ups while busy are not lost. */
  public boolean await(Duration timeout) throws InterruptedException {
    boolean woken = signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    signal.drainPermits();
    return woken;
  }

  @Override
  public void close() {
    hub.release(this);
  }
}
