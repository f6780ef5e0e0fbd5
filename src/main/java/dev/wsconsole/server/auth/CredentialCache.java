package dev.wsconsole.server.auth;

import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.apikey.ApiKeyToken;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/**
 * API keys this node has just authenticated, kept only while this node hears every change to their
 * rights: its LISTEN connection is up and its own heartbeat came back through the channel within
 * {@link CredentialChannel#TRUST} (decisions 0019 and 0032). A change evicts the workspace's keys.
 *
 * <p>Every change first bumps a generation (per workspace, and an epoch for all of them), and an
 * answer loaded from the database is kept only if no generation moved while it was being read, so a
 * lookup that raced a revocation can never put the revoked key back.
 */
public final class CredentialCache {
  /** The channel migration V16's triggers notify, with the workspace id as payload. */
  public static final String CHANNEL = "wsc_credentials";
  /** Age limit of an entry, beside eviction by notification: bounds any failure nobody noticed. */
  static final Duration MAX_AGE = Duration.ofSeconds(30);
  private static final int STRIPES = 256;
  /** Past this many entries everything is dropped: evicted entries are skipped, not removed one by one. */
  private static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLongArray generations = new AtomicLongArray(STRIPES);
  private final AtomicLong epoch = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private volatile boolean listening;
  /** System.nanoTime() until which memory may be trusted (set from this node's last returned heartbeat). */
  private volatile long trustedUntilNanos;

  private record Entry(UUID workspace, ApiKeyStore.Found found, long generation, long epoch, long loadedNanos) {}

  /** The active key for {@code token}: from memory when this node may trust it, else from {@code load}. */
  public Optional<ApiKeyStore.Found> find(ApiKeyToken token, Supplier<Optional<ApiKeyStore.Found>> load) {
    if (!live()) {
      return load.get();
    }
    UUID ws = token.workspaceId();
    ByteBuffer key = ByteBuffer.wrap(token.digest());
    long epochBefore = epoch.get();
    long generationBefore = generations.get(stripe(ws));
    Entry e = entries.get(key);
    if (e != null && usable(e, ws, epochBefore, generationBefore)) {
      hits.incrementAndGet();
      return Optional.of(e.found());
    }
    Optional<ApiKeyStore.Found> loaded = load.get();
    loaded.filter(f -> f.creatorRole().isPresent())
        .ifPresent(f -> keepIfUnchanged(key, ws, f, epochBefore, generationBefore));
    return loaded;
  }

  /** Forgets every key of {@code workspace}: something that decides its keys' rights changed. */
  public void evict(UUID workspace) {
    generations.incrementAndGet(stripe(workspace)); // entries of an older generation are never served
  }

  /** The LISTEN is in place: memory starts empty, trusted from the first heartbeat that comes back. */
  public void listening() {
    epoch.incrementAndGet();
    entries.clear();
    listening = true;
  }

  /** Stops trusting memory (the LISTEN connection is gone: changes may go unheard) and forgets everything. */
  public void deaf() {
    listening = false;
    trustedUntilNanos = System.nanoTime();
    epoch.incrementAndGet();
    entries.clear();
  }

  /**
   * Memory may be trusted until {@code deadlineNanos} (System.nanoTime()): every change committed before this
   * node's heartbeat, sent at {@code deadlineNanos - TRUST}, has been heard and evicted.
   */
  public void trustUntil(long deadlineNanos) {
    if (listening && deadlineNanos - trustedUntilNanos > 0) {
      trustedUntilNanos = deadlineNanos;
    }
  }

  /** Whether keys may be served from memory now. */
  public boolean live() {
    return listening && System.nanoTime() - trustedUntilNanos < 0;
  }

  /** How many lookups memory answered since start (for tests and the benchmark). */
  public long hits() {
    return hits.get();
  }

  private boolean usable(Entry e, UUID ws, long epochNow, long generationNow) {
    return e.workspace().equals(ws) && e.epoch() == epochNow && e.generation() == generationNow
        && System.nanoTime() - e.loadedNanos() < MAX_AGE.toNanos()
        && e.found().key().expiresAt().isAfter(Instant.now());
  }

  private void keepIfUnchanged(ByteBuffer key, UUID ws, ApiKeyStore.Found f, long epochBefore, long generationBefore) {
    Entry fresh = new Entry(ws, f, generationBefore, epochBefore, System.nanoTime());
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, fresh);
    // A change that landed while we read may have evicted before our put: check again and undo.
    if (!live() || epoch.get() != epochBefore || generations.get(stripe(ws)) != generationBefore) {
      entries.remove(key, fresh);
    }
  }

  private static int stripe(UUID ws) {
    return (ws.hashCode() & 0x7fffffff) % STRIPES;
  }
}
