package dev.wsconsole.server.auth;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Holds a request that changed credentials until every node has stopped serving the old ones (decision 0032):
 * it sends a sync on the credential channel after its commit and returns once each node that may trust its
 * memory has answered that it evicted everything committed before the sync, or can no longer trust memory
 * (its last heartbeat is older than {@link CredentialChannel#TRUST}). Without news it waits that long: by
 * then no node can trust what it held before the change.
 */
public final class RevocationBarrier {
  private final UUID node = UUID.randomUUID();
  private final Consumer<String> announce;
  private final AtomicLong syncs = new AtomicLong();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

  /** {@code announce} sends a payload on the credential channel and returns once it is committed. */
  public RevocationBarrier(Consumer<String> announce) {
    this.announce = announce;
  }

  /** This node's id on the channel. */
  public UUID node() {
    return node;
  }

  /** How long a node's silence proves it no longer trusts memory: its trust, with room for clock drift. */
  static long patience() {
    return CredentialChannel.TRUST.toNanos() + CredentialChannel.TRUST.toNanos() / 20 + 20_000_000L;
  }

  /** Returns once no node serves credentials from before the caller's committed change. */
  public void awaitEveryNode() {
    long n = syncs.incrementAndGet();
    Pending p = new Pending();
    pending.put(n, p);
    try {
      try {
        announce.accept("sync:" + node + ":" + n);
      } catch (RuntimeException e) {
        // Not announced: nobody will answer, so wait out every node's trust (from now, after the change).
      }
      p.await(System.nanoTime() + patience());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pending.remove(n);
    }
  }

  /** This node's listener heard its own sync {@code n}; {@code awaited}: who may still trust memory (null: unknown). */
  void heardOwnSync(long n, Map<String, Long> awaited) {
    Pending p = pending.get(n);
    if (p != null) {
      p.heard(awaited);
    }
  }

  /** {@code acker} evicted everything committed before sync {@code n}. */
  void acked(long n, String acker) {
    Pending p = pending.get(n);
    if (p != null) {
      p.acked(acker);
    }
  }

  /** One sync's state, between the request thread waiting and the listener thread hearing. */
  private static final class Pending {
    private Map<String, Long> awaited; // node -> when its silence is proof enough; null until heard
    private final Set<String> acked = new HashSet<>();

    synchronized void heard(Map<String, Long> who) {
      if (who != null) {
        awaited = new java.util.HashMap<>(who);
        awaited.keySet().removeAll(acked);
      }
      notifyAll();
    }

    synchronized void acked(String acker) {
      acked.add(acker);
      if (awaited != null) {
        awaited.remove(acker);
      }
      notifyAll();
    }

    synchronized void await(long capNanos) throws InterruptedException {
      while (true) {
        long now = System.nanoTime();
        long until = capNanos;
        if (awaited != null) {
          awaited.values().removeIf(deadline -> deadline - now <= 0);
          if (awaited.isEmpty()) {
            return;
          }
          for (long deadline : awaited.values()) {
            if (deadline - until < 0) {
              until = deadline;
            }
          }
        }
        long waitNanos = until - now;
        if (waitNanos <= 0) {
          return;
        }
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, waitNanos);
      }
    }
  }
}
