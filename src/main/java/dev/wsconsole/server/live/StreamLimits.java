package dev.wsconsole.server.live;

import java.time.Duration;

/**
 * How streams behave on this node: at most {@code perWorkspace} open streams per workspace, and a
 * comment line every {@code heartbeat} so idle proxies keep the connection (and a gone client is noticed).
 */
public record StreamLimits(int perWorkspace, Duration heartbeat) {
  public static final StreamLimits DEFAULT = new StreamLimits(20, Duration.ofSeconds(15));

  public StreamLimits {
    if (perWorkspace < 1) {
      throw new IllegalArgumentException("at least one stream per workspace");
    }
    if (heartbeat.isNegative() || heartbeat.isZero()) {
      throw new IllegalArgumentException("heartbeat must be positive");
    }
  }
}
