package dev.wsconsole.server.auth;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The barrier's rules without a database (decision 0032): it returns as soon as every node that may trust its
 * memory has acked, waits for a silent node until that node's trust has lapsed, and waits out the whole trust
 * when it never hears its own sync. The channel's part is played by hand: each sync is "heard" as it is sent.
 */
class RevocationBarrierTest {
  private static final Duration FAST = Duration.ofMillis(1_500); // well under the trust the barrier would wait out

  /** A barrier whose announcements are answered by {@code onSync(barrier, sync number)}. */
  private static RevocationBarrier barrier(BiConsumer<RevocationBarrier, Long> onSync) {
    AtomicReference<RevocationBarrier> self = new AtomicReference<>();
    self.set(new RevocationBarrier(payload -> onSync.accept(self.get(), Long.parseLong(payload.split(":")[2]))));
    return self.get();
  }

  private static long inFuture(Duration d) {
    return System.nanoTime() + d.toNanos();
  }

  @Test
  void aloneItReturnsOnceItHearsItsOwnSync() {
    RevocationBarrier b = barrier((self, n) -> self.heardOwnSync(n, Map.of()));
    assertTimeoutPreemptively(FAST, b::awaitEveryNode);
  }

  @Test
  void itReturnsOnceEveryNodeThatMayTrustMemoryHasAcked() {
    RevocationBarrier b = barrier((self, n) -> {
      self.heardOwnSync(n, Map.of("b", inFuture(Duration.ofMinutes(1)), "c", inFuture(Duration.ofMinutes(1))));
      self.acked(n, "b");
      self.acked(n, "c");
    });
    assertTimeoutPreemptively(FAST, b::awaitEveryNode);
  }

  @Test
  void aSilentNodeIsWaitedForUntilItsTrustHasLapsed() {
    Duration silence = Duration.ofMillis(300);
    RevocationBarrier b = barrier((self, n) -> {
      self.heardOwnSync(n, Map.of("b", inFuture(Duration.ofMinutes(1)), "c", inFuture(silence)));
      self.acked(n, "b");
      self.acked(n, "someone-not-awaited");
    });
    long start = System.nanoTime();
    b.awaitEveryNode();
    assertTrue(System.nanoTime() - start >= silence.toNanos(), "returned before the silent node's trust lapsed");
  }

  @Test
  void withoutHearingItsOwnSyncItWaitsOutTheWholeTrust() {
    RevocationBarrier b = barrier((self, n) -> { });
    long start = System.nanoTime();
    b.awaitEveryNode();
    assertTrue(System.nanoTime() - start >= CredentialChannel.TRUST.toNanos(), "returned before any node's trust lapsed");
  }

  @Test
  void aSyncThatCouldNotBeSentWaitsOutTheWholeTrustToo() {
    RevocationBarrier b = barrier((self, n) -> {
      throw new IllegalStateException("database unreachable");
    });
    long start = System.nanoTime();
    b.awaitEveryNode();
    assertTrue(System.nanoTime() - start >= CredentialChannel.TRUST.toNanos(), "returned before any node's trust lapsed");
  }
}
