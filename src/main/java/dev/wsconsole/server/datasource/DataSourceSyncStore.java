package dev.wsconsole.server.datasource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.live.LiveEventStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Sync runs of data sources. At most one run per source is 'running' (a partial unique index, so
 * concurrent triggers cannot both start one). The FHIR importer (server.fhir.FhirSyncRunner) or an
 * external connector completes or fails a run through {@link #finish}.
 */
public final class DataSourceSyncStore {
  private static final ObjectMapper JSON = Json.mapper();
  private static final String COLUMNS = "id, data_source_id, status, started_at, finished_at, counts, errors";
  private final TenantTx tx;

  public DataSourceSyncStore(TenantTx tx) {
    this.tx = tx;
  }

  /** What a trigger did: started a run, or why not (no such source, inactive, one already running). */
  public sealed interface Trigger permits Started, NotFound, Inactive, AlreadyRunning {}

  /** A run was recorded as running. */
  public record Started(UUID syncId, Instant startedAt) implements Trigger {}

  /** No such data source in the workspace. */
  public record NotFound() implements Trigger {}

  /** The data source is switched off. */
  public record Inactive() implements Trigger {}

  /** A run is already going; its start time when it could still be read. */
  public record AlreadyRunning(Instant runningSince) implements Trigger {}

  public Trigger start(UUID ws, UUID dataSourceId, AuditRecord audit) {
    return start(ws, dataSourceId, audit, SyncLiveness.NONE);
  }

  /**
   * Starts a run unless one is going; a run still marked running but abandoned ({@link SyncRunRules}, judged
   * with what {@code here} knows) is first closed as an error naming why, so it no longer blocks the source.
   */
  public Trigger start(UUID ws, UUID dataSourceId, AuditRecord audit, SyncLiveness here) {
    UUID id = UUID.randomUUID();
    try {
      return tx.call(ws, h -> {
        Optional<Boolean> active = h.createQuery("SELECT is_active FROM console.data_sources WHERE workspace_id = :ws"
                + " AND id = :id FOR SHARE").bind("ws", ws).bind("id", dataSourceId).mapTo(Boolean.class).findOne();
        if (active.isEmpty()) {
          return new NotFound();
        }
        if (!active.get()) {
          return new Inactive();
        }
        abandonStale(h, ws, dataSourceId, here, audit);
        Instant at = h.createQuery("INSERT INTO console.data_source_syncs (workspace_id, id, data_source_id, status)"
                + " VALUES (:ws, :id, :ds, 'running') RETURNING started_at")
            .bind("ws", ws).bind("id", id).bind("ds", dataSourceId).mapTo(Instant.class).one();
        AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "data_source:" + dataSourceId,
            audit.result(), "sync " + id, audit.requestId()));
        LiveEventStore.publish(h, ws, "pipeline.sync_started",
            Map.of("data_source_id", dataSourceId.toString(), "sync_id", id.toString()));
        return new Started(id, at);
      });
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return new AlreadyRunning(running(ws, dataSourceId).map(SyncRun::startedAt).orElse(null));
      }
      throw e;
    }
  }

  /**
   * Ends a running run as 'success' or 'error' with its counts and error messages, and sets the data
   * source's health (healthy after a success, degraded after an error); false when the run is not running.
   */
  public boolean finish(UUID ws, UUID syncId, boolean success, long eventCount, long syncedCount, long failedCount,
                        List<String> errors, AuditRecord audit) {
    return finish(ws, syncId, new SyncResult(success, eventCount, syncedCount, failedCount, Map.of(), errors,
        List.of()), audit);
  }

  /** Ends a running run with its full result (see {@link SyncResult}); false when the run is not running. */
  public boolean finish(UUID ws, UUID syncId, SyncResult result, AuditRecord audit) {
    return tx.call(ws, h -> finish(h, ws, syncId, result, audit));
  }

  private static boolean finish(Handle h, UUID ws, UUID syncId, SyncResult result, AuditRecord audit) {
    boolean success = result.success();
    Optional<UUID> source = h.createQuery("UPDATE console.data_source_syncs SET status = :status,"
            + " finished_at = clock_timestamp(), counts = CAST(:counts AS jsonb), errors = CAST(:errors AS jsonb)"
            + " WHERE workspace_id = :ws AND id = :id AND status = 'running' RETURNING data_source_id")
        .bind("status", success ? "success" : "error").bind("counts", json(counts(result)))
        .bind("errors", json(errors(result))).bind("ws", ws).bind("id", syncId).mapTo(UUID.class).findOne();
    source.ifPresent(ds -> {
      h.createUpdate("UPDATE console.data_sources SET health_status = :health, last_health_check = now()"
              + " WHERE workspace_id = :ws AND id = :id")
          .bind("health", success ? "healthy" : "degraded").bind("ws", ws).bind("id", ds).execute();
      AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "data_source:" + ds, audit.result(),
          "sync " + syncId + (success ? " succeeded" : " failed"), audit.requestId()));
      announceFinish(h, ws, ds, syncId, success, result.eventCount(), result.errors());
    });
    return source.isPresent();
  }

  private static Map<String, Object> counts(SyncResult result) {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("event_count", result.eventCount());
    counts.put("synced_count", result.syncedCount());
    counts.put("failed_count", result.failedCount());
    counts.put("resources", result.resourceCounts());
    return counts;
  }

  private static List<Object> errors(SyncResult result) {
    List<Object> errors = new ArrayList<>(result.errors());
    for (SyncRun.ResourceError e : result.resourceErrors()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("resource_type", e.resourceType());
      one.put("resource_id", e.resourceId());
      one.put("message", e.message());
      errors.add(one);
    }
    return errors;
  }

  /** Closes the source's running run as an error when it is abandoned (locked first: a finishing runner waits). */
  private static void abandonStale(Handle h, UUID ws, UUID ds, SyncLiveness here, AuditRecord audit) {
    h.createQuery("SELECT id, runner, progress_at, clock_timestamp() AS now FROM console.data_source_syncs"
            + " WHERE workspace_id = :ws AND data_source_id = :ds AND status = 'running' FOR UPDATE")
        .bind("ws", ws).bind("ds", ds)
        .map((rs, ctx) -> {
          UUID run = rs.getObject("id", UUID.class);
          return SyncRunRules.abandoned(run, rs.getString("runner"), DataSourceStore.ts(rs, "progress_at"),
              DataSourceStore.ts(rs, "now"), here).map(reason -> Map.entry(run, reason));
        })
        .findOne().flatMap(x -> x).ifPresent(run -> finish(h, ws, run.getKey(), new SyncResult(false, 0, 0, 0,
            Map.of(), List.of(run.getValue()), List.of()), new AuditRecord(audit.actor(), "data_source.sync_abandoned",
            "", audit.result(), "", audit.requestId())));
  }

  /**
   * Records that {@code runner} is executing the run and just made progress; false when the run is no longer
   * running (finished, or closed as abandoned).
   */
  public boolean progress(UUID ws, UUID syncId, String runner) {
    return tx.call(ws, h -> h.createUpdate("UPDATE console.data_source_syncs SET runner = :runner,"
            + " progress_at = clock_timestamp() WHERE workspace_id = :ws AND id = :id AND status = 'running'")
        .bind("runner", runner).bind("ws", ws).bind("id", syncId).execute() == 1);
  }

  private static void announceFinish(org.jdbi.v3.core.Handle h, UUID ws, UUID ds, UUID syncId, boolean success,
                                     long eventCount, List<String> errors) {
    long millis = h.createQuery("SELECT (extract(epoch FROM finished_at - started_at) * 1000)::bigint"
            + " FROM console.data_source_syncs WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", syncId).mapTo(Long.class).one();
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("data_source_id", ds.toString());
    data.put("sync_id", syncId.toString());
    data.put("event_count", eventCount);
    data.put("duration_ms", millis);
    if (!success) {
      data.put("error", errors.isEmpty() ? "sync failed" : errors.get(0));
    }
    LiveEventStore.publish(h, ws, success ? "pipeline.sync_completed" : "pipeline.error", data);
  }

  public Optional<SyncRun> running(UUID ws, UUID dataSourceId) {
    return tx.call(ws, h -> h.createQuery("SELECT " + COLUMNS + " FROM console.data_source_syncs"
            + " WHERE workspace_id = :ws AND data_source_id = :ds AND status = 'running'")
        .bind("ws", ws).bind("ds", dataSourceId).map(DataSourceSyncStore::map).findOne());
  }

  /** Runs started since {@code since}, newest first, at most {@code limit}. */
  public List<SyncRun> since(UUID ws, UUID dataSourceId, Instant since, int limit) {
    return tx.call(ws, h -> h.createQuery("SELECT " + COLUMNS + " FROM console.data_source_syncs"
            + " WHERE workspace_id = :ws AND data_source_id = :ds AND started_at >= :since"
            + " ORDER BY started_at DESC, id LIMIT :limit")
        .bind("ws", ws).bind("ds", dataSourceId).bind("since", since.atOffset(java.time.ZoneOffset.UTC))
        .bind("limit", limit).map(DataSourceSyncStore::map).list());
  }

  /** A page of the source's runs, newest first, and how many it has in all. */
  public record RunPage(List<SyncRun> items, long total) {}

  public RunPage page(UUID ws, UUID dataSourceId, int limit, int offset) {
    return tx.call(ws, h -> new RunPage(h.createQuery("SELECT " + COLUMNS + " FROM console.data_source_syncs"
            + " WHERE workspace_id = :ws AND data_source_id = :ds ORDER BY started_at DESC, id LIMIT :limit OFFSET :offset")
        .bind("ws", ws).bind("ds", dataSourceId).bind("limit", limit).bind("offset", offset)
        .map(DataSourceSyncStore::map).list(),
        h.createQuery("SELECT count(*) FROM console.data_source_syncs WHERE workspace_id = :ws AND data_source_id = :ds")
            .bind("ws", ws).bind("ds", dataSourceId).mapTo(Long.class).one()));
  }

  /** Event, synced and failed counts summed over every finished run of the source. */
  public long[] totals(UUID ws, UUID dataSourceId) {
    return tx.call(ws, h -> h.createQuery("SELECT coalesce(sum((counts->>'event_count')::bigint), 0),"
            + " coalesce(sum((counts->>'synced_count')::bigint), 0), coalesce(sum((counts->>'failed_count')::bigint), 0)"
            + " FROM console.data_source_syncs WHERE workspace_id = :ws AND data_source_id = :ds AND status <> 'running'")
        .bind("ws", ws).bind("ds", dataSourceId)
        .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one());
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SyncRun map(ResultSet rs, StatementContext ctx) throws SQLException {
    JsonNode counts = DataSourceStore.parse(rs.getString("counts"));
    List<String> errors = new ArrayList<>();
    List<SyncRun.ResourceError> skipped = new ArrayList<>();
    for (JsonNode e : DataSourceStore.parse(rs.getString("errors"))) {
      if (e.isObject()) {
        SyncRun.ResourceError r = new SyncRun.ResourceError(e.path("resource_type").asText(null),
            e.path("resource_id").asText(null), e.path("message").asText(""));
        skipped.add(r);
        errors.add(r.describe());
      } else {
        errors.add(e.isTextual() ? e.asText() : e.toString());
      }
    }
    Map<String, Map<String, Long>> perType = new TreeMap<>();
    counts.path("resources").fields().forEachRemaining(t -> {
      Map<String, Long> c = new TreeMap<>();
      t.getValue().fields().forEachRemaining(n -> c.put(n.getKey(), n.getValue().asLong()));
      perType.put(t.getKey(), c);
    });
    return new SyncRun(rs.getObject("id", UUID.class), rs.getObject("data_source_id", UUID.class),
        rs.getString("status"), DataSourceStore.ts(rs, "started_at"), DataSourceStore.ts(rs, "finished_at"),
        counts.path("event_count").asLong(0), counts.path("synced_count").asLong(0),
        counts.path("failed_count").asLong(0), errors, perType, skipped);
  }
}
