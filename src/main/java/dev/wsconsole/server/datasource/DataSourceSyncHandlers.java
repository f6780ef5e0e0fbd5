package dev.wsconsole.server.datasource;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.DataSourceViews.ConflictDetails;
import dev.wsconsole.model.wire.DataSourceViews.History;
import dev.wsconsole.model.wire.DataSourceViews.Status;
import dev.wsconsole.model.wire.DataSourceViews.SyncTriggered;
import dev.wsconsole.model.wire.DataSourceViews;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.datasource.DataSourceSyncStore.AlreadyRunning;
import dev.wsconsole.server.datasource.DataSourceSyncStore.Inactive;
import dev.wsconsole.server.datasource.DataSourceSyncStore.NotFound;
import dev.wsconsole.server.datasource.DataSourceSyncStore.Started;
import dev.wsconsole.server.http.ApiCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * HTTP handlers of a data source's status, sync trigger (records a running run and hands it to the FHIR
 * importer, which runs off the request thread; 409 while one runs, unless that run was abandoned: then it is
 * closed as an error with the reason and the new one starts) and sync history (daily timeline,
 * recent failures, and each run).
 */
public final class DataSourceSyncHandlers {
  /** How many runs the history lists in {@code runs}. */
  public static final int MAX_RUNS = 100;
  /** How many runs of the window the timeline sums at most (90 days of a source syncing every 15 minutes). */
  public static final int MAX_TIMELINE_RUNS = 9000;
  private final DataSourceStore sources;
  private final DataSourceSyncStore syncs;
  private final FhirSyncRunner importer;

  public DataSourceSyncHandlers(DataSourceStore sources, DataSourceSyncStore syncs,
                                FhirSyncRunner importer) {
    this.sources = sources;
    this.syncs = syncs;
    this.importer = importer;
  }

  public Object status(ApiCall call) {
    DataSourceRow r = source(call);
    long[] totals = syncs.totals(call.workspaceId(), r.id());
    return new Status(r.id(), r.name(), r.isActive(), r.healthStatus(), r.lastSyncAt(), r.lastSyncStatus(),
        r.lastSyncEventCount(), totals[0], totals[1], totals[2]);
  }

  public Object sync(ApiCall call) {
    UUID id = DataSourceHandlers.id(call);
    DataSourceSyncStore.Trigger t = syncs.start(call.workspaceId(), id, DataSourceHandlers.audit(call, "sync"),
        importer.liveness());
    if (t instanceof Started s) {
      importer.start(call.workspaceId(), id, s.syncId(), DataSourceHandlers.audit(call, "sync"));
      return new SyncTriggered("started", id, s.startedAt(), s.syncId());
    }
    if (t instanceof NotFound) {
      throw DataSourceHandlers.notFound();
    }
    if (t instanceof Inactive) {
      throw new DomainException(DomainException.Kind.BAD_REQUEST, "Data source is inactive; set is_active to true before syncing.");
    }
    Instant since = ((AlreadyRunning) t).runningSince();
    Long ms = since == null ? null : Duration.between(since, Instant.now()).toMillis();
    throw DomainException.withBody(DomainException.Kind.CONFLICT, "Data source is already syncing.",
        DataSourceViews.conflict(new ConflictDetails(since, ms)));
  }

  /** The data source's sync runs, newest first, a page at a time. */
  public Object runs(ApiCall call) {
    int limit = call.queryInt("limit", 20, 1, 100);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    UUID id = DataSourceHandlers.id(call);
    if (sources.get(call.workspaceId(), id).isEmpty()) {
      throw DataSourceHandlers.notFound();
    }
    var page = syncs.page(call.workspaceId(), id, limit, offset);
    return Page.of(page.items().stream().map(DataSourceMapping::run).toList(), offset, page.total());
  }

  public Object history(ApiCall call) {
    int days = call.queryInt("days", 30, 1, 90);
    DataSourceRow r = source(call);
    List<SyncRun> runs = syncs.since(call.workspaceId(), r.id(), Instant.now().minus(Duration.ofDays(days)),
        MAX_TIMELINE_RUNS);
    return new History(r.id(), r.name(), SyncHistoryRules.timeline(runs), SyncHistoryRules.failures(runs),
        runs.stream().limit(MAX_RUNS).map(DataSourceMapping::run).toList());
  }

  private DataSourceRow source(ApiCall call) {
    return sources.get(call.workspaceId(), DataSourceHandlers.id(call)).orElseThrow(DataSourceHandlers::notFound);
  }
}
