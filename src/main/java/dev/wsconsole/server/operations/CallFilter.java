package dev.wsconsole.server.operations;

import java.time.LocalDate;
import java.util.UUID;

/** The call list's filters (each null when not asked for); simulated calls are left out unless included. */
public record CallFilter(LocalDate dateFrom, LocalDate dateTo, String status, String direction, Integer minDuration,
                         Integer maxDuration, UUID serviceId, boolean includeSimulated) {

  public static CallFilter all() {
    return new CallFilter(null, null, null, null, null, null, null, true);
  }
}
