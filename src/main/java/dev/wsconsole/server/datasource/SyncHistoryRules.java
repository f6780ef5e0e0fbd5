package dev.wsconsole.server.datasource;

import dev.wsconsole.model.wire.DataSourceViews.DayEntry;
import dev.wsconsole.model.wire.DataSourceViews.Failure;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure shaping of sync runs into the contract's daily timeline and recent-failure list. */
public final class SyncHistoryRules {
  /** How many failed runs {@code recent_failures} shows. */
  public static final int RECENT_FAILURES = 20;

  private SyncHistoryRules() {}

  /** One entry per UTC day that has finished runs, oldest first. */
  public static List<DayEntry> timeline(List<SyncRun> runs) {
    Map<String, long[]> days = new TreeMap<>();
    for (SyncRun r : runs) {
      if (r.finishedAt() == null) {
        continue;
      }
      long[] sum = days.computeIfAbsent(r.startedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
          d -> new long[3]);
      sum[0] += r.eventCount();
      sum[1] += r.syncedCount();
      sum[2] += r.failedCount();
    }
    List<DayEntry> out = new ArrayList<>();
    days.forEach((day, s) -> out.add(new DayEntry(day, s[0], s[1], s[2])));
    return out;
  }

  /**
   * Failed runs and the resources runs skipped, newest run first (the input's order), at most
   * {@link #RECENT_FAILURES}.
   */
  public static List<Failure> failures(List<SyncRun> runs) {
    List<Failure> out = new ArrayList<>();
    for (SyncRun r : runs) {
      String at = r.finishedAt() == null ? null : r.finishedAt().toString();
      if ("error".equals(r.status())) {
        List<String> runLevel = r.errors().subList(0, r.errors().size() - r.resourceErrors().size());
        out.add(new Failure(r.id(), "sync_failed", null, null,
            runLevel.isEmpty() ? null : String.join("; ", runLevel), at));
      }
      for (SyncRun.ResourceError e : r.resourceErrors()) {
        out.add(new Failure(r.id(), "resource_skipped", e.resourceType(), e.resourceId(), e.message(), at));
      }
    }
    return out.stream().limit(RECENT_FAILURES).toList();
  }
}
