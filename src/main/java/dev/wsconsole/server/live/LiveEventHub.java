package dev.wsconsole.server.live;

import dev.wsconsole.server.db.ChannelListener;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's side of live events: hears (workspace, number) announcements on the node's one LISTEN
 * connection and wakes the open streams of that workspace, which read the events themselves under
 * that workspace's RLS scope; counts open streams against the per-workspace cap.
 */
public final class LiveEventHub implements ChannelListener.Ear {
  /** The channel the database announces live events on (migration V17). */
  public static final String CHANNEL = "wsc_live_events";
  private final Map<UUID, Set<Subscription>> open = new ConcurrentHashMap<>();
  private final Map<UUID, Long> heard = new ConcurrentHashMap<>();
  private volatile StreamLimits limits = StreamLimits.DEFAULT;
  private int total; // guarded by this

  public StreamLimits limits() {
    return limits;
  }

  /** Changes the cap and heartbeat for streams opened from now on (serve options, tests). */
  public void limits(StreamLimits limits) {
    this.limits = limits;
  }

  /** Why a stream was refused: its workspace or this whole node is at its cap. */
  public enum Refusal { WORKSPACE_FULL, NODE_FULL }

  /**
   * A place for one more stream of {@code ws}; {@code refused} hears why when there is none (and
   * the result is empty).
   */
  public synchronized Optional<Subscription> subscribe(UUID ws, java.util.function.Consumer<Refusal> refused) {
    if (total >= limits.perNode()) {
      refused.accept(Refusal.NODE_FULL);
      return Optional.empty();
    }
    Set<Subscription> set = open.computeIfAbsent(ws, k -> ConcurrentHashMap.newKeySet());
    if (set.size() >= limits.perWorkspace()) {
      refused.accept(Refusal.WORKSPACE_FULL);
      return Optional.empty();
    }
    Subscription s = new Subscription(ws, this);
    set.add(s);
    total++;
    return Optional.of(s);
  }

  synchronized void release(Subscription s) {
    Set<Subscription> set = open.get(s.workspaceId());
    if (set != null && set.remove(s)) {
      total--;
      if (set.isEmpty()) {
        open.remove(s.workspaceId());
      }
    }
  }

  /** Streams of {@code ws} open on this node. */
  public int openStreams(UUID ws) {
    Set<Subscription> set = open.get(ws);
    return set == null ? 0 : set.size();
  }

  /** Workspaces this node heard events of since {@code sinceMillis} (epoch), for pruning. */
  public Set<UUID> heardSince(long sinceMillis) {
    heard.values().removeIf(at -> at < sinceMillis);
    return Set.copyOf(heard.keySet());
  }

  @Override
  public void listening() {
    // Anything committed while this node was deaf is caught up by reading after each stream's cursor.
    open.values().forEach(set -> set.forEach(Subscription::wake));
  }

  @Override
  public void heard(String payload) {
    int colon = payload == null ? -1 : payload.indexOf(':');
    if (colon < 0) {
      return;
    }
    UUID ws;
    try {
      ws = UUID.fromString(payload.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return;
    }
    heard.put(ws, System.currentTimeMillis());
    Set<Subscription> set = open.get(ws);
    if (set != null) {
      set.forEach(Subscription::wake);
    }
  }

  @Override
  public void deaf() {
    // Streams keep polling on every heartbeat, so a deaf spell delays events but never drops them.
  }
}
