package dev.wsconsole.server.audit;

import java.time.Instant;

/**
 * The contract's audit filters. Every entry comes from the console service; the chained log holds no PHI
 * access (those are in {@link PhiAccessStore}), so for it {@code service} other than "console" or
 * {@code phiOnly} match nothing.
 */
public record AuditFilter(String service, String action, String actorEntityId, String resourceType,
                          String resourceId, boolean phiOnly, Instant from, Instant to) {
  public static final String SERVICE = "console";

  public boolean matchesNothing() {
    return phiOnly || (service != null && !service.equals(SERVICE));
  }
}
