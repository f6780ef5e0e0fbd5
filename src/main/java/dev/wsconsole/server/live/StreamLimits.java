package dev.wsconsole.server.live;

import java.time.Duration;

/**
 * How streams behave on this node: at most {@code perWorkspace} open streams per workspace and
 * {@code perNode} in all (each holds one of the HTTP server's 250 threads while open); a comment line
 * every {@code heartbeat} so idle proxies keep the connection (and a gone client is noticed); and a
 * stream ends after {@code lifetime}, so the client reconnects (with Last-Event-ID, losing nothing)
 * through authentication again: a revoked key or removed member streams no longer than that.
 */
public record StreamLimits(int perWorkspace, int perNode, Duration heartbeat, Duration lifetime) {
  public static final int DEFAULT_PER_NODE = 200;
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
  public static final StreamLimits DEFAULT = new StreamLimits(20, Duration.ofSeconds(15));

  public StreamLimits {
    if (perWorkspace < 1 || perNode < 1) {
      throw new IllegalArgumentException("at least one stream per workspace and per node");
    }
    if (heartbeat.isNegative() || heartbeat.isZero() || lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("heartbeat and lifetime must be positive");
    }
  }

  /** With the default node cap and lifetime. */
  public StreamLimits(int perWorkspace, Duration heartbeat) {
    this(perWorkspace, DEFAULT_PER_NODE, heartbeat, DEFAULT_LIFETIME);
  }

  /** With the default node cap. */
  public StreamLimits(int perWorkspace, Duration heartbeat, Duration lifetime) {
    this(perWorkspace, DEFAULT_PER_NODE, heartbeat, lifetime);
  }
}
