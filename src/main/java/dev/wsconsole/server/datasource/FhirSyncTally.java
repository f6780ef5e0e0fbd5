package dev.wsconsole.server.datasource;

import dev.wsconsole.server.fhir.FhirProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one sync run did so far: resources imported and skipped per FHIR type, events written, the
 * skipped resources (the first {@link #MAX_LISTED} listed) and input-level errors. Used by one thread.
 */
public final class FhirSyncTally {
  /** A run lists at most this many skipped resources; the counts still count all of them. */
  public static final int MAX_LISTED = 500;
  private final Map<String, Map<String, Long>> perType = new TreeMap<>();
  private final List<SyncRun.ResourceError> skipped = new ArrayList<>();
  private final List<String> inputErrors = new ArrayList<>();
  private long events;
  private long imported;
  private long failed;

  public void imported(String type, long newEvents) {
    imported++;
    events += newEvents;
    add(type, "imported", 1);
    add(type, "events", newEvents);
  }

  public void skipped(FhirProblem p) {
    failed++;
    add(p.resourceType() == null ? "unknown" : p.resourceType(), "failed", 1);
    if (skipped.size() < MAX_LISTED) {
      String where = p.where() == null ? "" : " (" + p.where() + ")";
      skipped.add(new SyncRun.ResourceError(p.resourceType(), p.resourceId(), p.message() + where));
    }
  }

  /** A whole input (folder or server) could not be read: the run fails. */
  public void inputFailed(String message) {
    inputErrors.add(message);
  }

  public SyncResult result() {
    return new SyncResult(inputErrors.isEmpty(), events, imported, failed, perType, List.copyOf(inputErrors),
        List.copyOf(skipped));
  }

  private void add(String type, String what, long n) {
    perType.computeIfAbsent(type, t -> new TreeMap<>()).merge(what, n, Long::sum);
  }
}
