package dev.wsconsole.server.auth;

import dev.wsconsole.server.db.ChannelListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * This node's side of the credential channel (decision 0032), heard and spoken on its one LISTEN connection:
 * a workspace id evicts that workspace's keys; this node's own heartbeat coming back lets it trust memory for
 * {@link #TRUST} from when it was sent (everything committed before it has been heard by then); another node's
 * sync is answered with an ack once everything before it is evicted; this node's own sync and the acks to it
 * release the {@link RevocationBarrier} waiting for them.
 *
 * <p>Payloads: {@code <workspace id>}, {@code beat:<node>:<n>}, {@code sync:<node>:<n>},
 * {@code ack:<node>:<n>:<acking node>}. Every method runs on the listener's thread.
 */
public final class CredentialChannel implements ChannelListener.Ear {
  /** How long a returned heartbeat lets a node trust memory, counted from when it was sent. */
  public static final Duration TRUST = Duration.ofSeconds(2);
  /** How often a node sends its heartbeat: several per {@link #TRUST}, so a slow one costs no trust. */
  static final Duration HEARTBEAT = Duration.ofMillis(400);
  private static final long TRUST_NANOS = TRUST.toNanos();

  private final CredentialCache cache;
  private final RevocationBarrier barrier;
  private final String node;
  private final ArrayDeque<String> acks = new ArrayDeque<>();
  private final Map<Long, Long> beatsSent = new HashMap<>();
  /** When each other node's heartbeat was last heard here (System.nanoTime()). */
  private final Map<String, Long> othersHeard = new HashMap<>();
  private long beats;
  private long nextBeatNanos;
  private long listeningSinceNanos;

  public CredentialChannel(CredentialCache cache, RevocationBarrier barrier) {
    this.cache = cache;
    this.barrier = barrier;
    this.node = barrier.node().toString();
  }

  @Override
  public void listening() {
    cache.listening();
    listeningSinceNanos = System.nanoTime();
    nextBeatNanos = listeningSinceNanos; // the first heartbeat goes out at once: trust starts when it returns
  }

  @Override
  public void deaf() {
    cache.deaf();
    acks.clear();
    beatsSent.clear();
  }

  @Override
  public void heard(String payload) {
    if (payload.length() == 36 && payload.charAt(8) == '-') {
      try {
        cache.evict(UUID.fromString(payload));
        return;
      } catch (IllegalArgumentException notAnId) {
        // fall through: unknown
      }
    }
    String[] part = payload.split(":");
    long n = part.length >= 3 ? number(part[2]) : -1;
    boolean mine = part.length >= 3 && part[1].equals(node);
    if (n < 0) {
      unknown();
    } else if (part[0].equals("beat") && part.length == 3) {
      if (mine) {
        ownBeatReturned(n);
      } else {
        othersHeard.put(part[1], System.nanoTime());
      }
    } else if (part[0].equals("sync") && part.length == 3) {
      if (mine) {
        barrier.heardOwnSync(n, awaited());
      } else {
        acks.add("ack:" + part[1] + ":" + n + ":" + node); // everything committed before the sync is evicted
      }
    } else if (part[0].equals("ack") && part.length == 4) {
      if (mine) {
        barrier.acked(n, part[3]);
      }
    } else {
      unknown();
    }
  }

  @Override
  public String outgoing() {
    if (!acks.isEmpty()) {
      return acks.poll();
    }
    long now = System.nanoTime();
    if (now - nextBeatNanos < 0) {
      return null;
    }
    nextBeatNanos = now + HEARTBEAT.toNanos();
    beats++;
    beatsSent.put(beats, now);
    return "beat:" + node + ":" + beats;
  }

  private void ownBeatReturned(long n) {
    Long sent = beatsSent.get(n);
    for (Iterator<Long> it = beatsSent.keySet().iterator(); it.hasNext(); ) {
      if (it.next() <= n) {
        it.remove();
      }
    }
    if (sent != null) {
      cache.trustUntil(sent + TRUST_NANOS);
    }
  }

  /**
   * The other nodes that may trust their memory now, each with the time after which it no longer can without
   * having heard what this node just heard; null when this node has not listened long enough to know them all.
   */
  private Map<String, Long> awaited() {
    long now = System.nanoTime();
    if (now - listeningSinceNanos < RevocationBarrier.patience()) {
      return null;
    }
    Map<String, Long> out = new HashMap<>();
    for (Iterator<Map.Entry<String, Long>> it = othersHeard.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Long> e = it.next();
      long until = e.getValue() + RevocationBarrier.patience();
      if (until - now > 0) {
        out.put(e.getKey(), until);
      } else {
        it.remove(); // gone quiet for longer than any trust it had
      }
    }
    return out;
  }

  private void unknown() {
    cache.deaf(); // not ours to parse: forget everything rather than guess
    cache.listening();
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
