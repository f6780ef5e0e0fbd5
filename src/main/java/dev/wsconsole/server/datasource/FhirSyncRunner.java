package dev.wsconsole.server.datasource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.fhir.FhirDropFolder;
import dev.wsconsole.server.fhir.FhirImportStore;
import dev.wsconsole.server.fhir.FhirJson;
import dev.wsconsole.server.fhir.FhirMappingRules;
import dev.wsconsole.server.fhir.FhirProblem;
import dev.wsconsole.server.fhir.FhirRecord;
import dev.wsconsole.server.fhir.FhirServerReader;
import dev.wsconsole.server.fhir.FhirSourceRules;
import dev.wsconsole.server.fhir.ImportTargets;
import dev.wsconsole.server.fhir.SourceConfinement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs FHIR R4 imports off the request thread: a started sync run of a FHIR, EHR or file-drop source reads
 * its drop folder and/or server, writes each page of resources into the world model, and finishes the
 * run with its counts and the resources it skipped. It stamps the runs it executes with its name and records
 * progress after every page, so a run it no longer executes (or that stopped moving) can be told abandoned. Runs of other source types are left to an external
 * connector (they stay running until it finishes them).
 */
public final class FhirSyncRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FhirSyncRunner.class);
  private final DataSourceStore sources;
  private final DataSourceSyncStore syncs;
  private final FhirImportStore writer;
  private final FhirDropFolder folders;
  private final FhirServerReader servers;
  private final ImportTargets targets;
  /** This runner's name on the runs it executes, and the runs going here now (see SyncLiveness). */
  private final String node = "fhir-sync:" + UUID.randomUUID();
  private final java.util.Set<UUID> runningHere = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "wsc-fhir-sync");
    t.setDaemon(true);
    return t;
  });

  public FhirSyncRunner(DataSourceStore sources, DataSourceSyncStore syncs, FhirImportStore writer,
                        ImportTargets targets) {
    FhirJson json = new FhirJson();
    this.targets = targets;
    this.sources = sources;
    this.syncs = syncs;
    this.writer = writer;
    this.folders = new FhirDropFolder(json);
    this.servers = new FhirServerReader(json);
  }

  /** Starts importing for the run {@code syncId} just recorded as running (returns at once). */
  public void start(UUID ws, UUID dataSourceId, UUID syncId, AuditRecord audit) {
    runningHere.add(syncId);
    try {
      pool.execute(() -> {
        try {
          run(ws, dataSourceId, syncId, audit);
        } finally {
          runningHere.remove(syncId);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      runningHere.remove(syncId); // shutting down: the run is left for the abandonment rule
    }
  }

  /** What a new trigger needs to tell an abandoned run of this runner from one still going. */
  public SyncLiveness liveness() {
    return new SyncLiveness(node, runningHere::contains);
  }

  private void run(UUID ws, UUID dataSourceId, UUID syncId, AuditRecord audit) {
    SyncResult result;
    try {
      Optional<DataSourceRow> row = sources.get(ws, dataSourceId);
      if (row.isEmpty() || !FhirSourceRules.IMPORTED_TYPES.contains(row.get().sourceType())
          || !syncs.progress(ws, syncId, node)) {
        return;
      }
      result = importAll(ws, row.get(), syncId);
    } catch (SecretCipher.UnsealFailedException e) {
      result = failure("the stored secrets of this data source do not decrypt here; send them again");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = failure("the import was stopped (server shutting down)");
    } catch (RuntimeException e) {
      LOG.error("FHIR import of data source {} in workspace {} failed", dataSourceId, ws, e);
      result = failure("the import failed with an internal error (see the server log)");
    }
    try {
      syncs.finish(ws, syncId, result, new AuditRecord(audit.actor(), "data_source.sync_finished", "",
          audit.result(), "", audit.requestId()));
    } catch (RuntimeException e) {
      LOG.error("could not record the end of sync {} in workspace {}", syncId, ws, e);
    }
  }

  private SyncResult importAll(UUID ws, DataSourceRow row, UUID syncId) throws InterruptedException {
    ObjectNode secrets = row.maskedConfig().has(FhirSourceRules.BASE_URL)
        ? sources.secrets(ws, row.id()).orElse(null) : null;
    List<FhirSourceRules.Input> inputs = FhirSourceRules.inputs(row.sourceType(), row.maskedConfig(), secrets);
    FhirSyncTally tally = new FhirSyncTally();
    if (inputs.isEmpty()) {
      tally.inputFailed("nothing to import: set connection_config." + FhirSourceRules.DROP_FOLDER + " or "
          + FhirSourceRules.BASE_URL);
    }
    SourceConfinement where = targets.get();
    for (FhirSourceRules.Input input : inputs) {
      try {
        if (input instanceof FhirSourceRules.DropFolder folder) {
          folders.read(folder, where.workspaceFolder(ws), page -> write(ws, row.id(), syncId, page, tally));
        } else if (input instanceof FhirSourceRules.Server server) {
          servers.read(server, where.allowLoopback(), page -> write(ws, row.id(), syncId, page, tally));
        }
      } catch (IOException e) {
        tally.inputFailed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }
    return tally.result();
  }

  /** Maps a page's resources and writes them in one go; a resource that does not map is skipped. */
  private void write(UUID ws, UUID dataSourceId, UUID syncId, FhirJson.Page page, FhirSyncTally tally) {
    page.problems().forEach(tally::skipped);
    List<FhirRecord> records = new ArrayList<>();
    for (FhirJson.Parsed p : page.resources()) {
      try {
        records.add(FhirMappingRules.map(p.resource(), dataSourceId, p.version()));
      } catch (RuntimeException e) {
        tally.skipped(new FhirProblem(p.resource().fhirType(), p.resource().getIdElement().getIdPart(), p.where(),
            "not mappable: " + e.getMessage()));
      }
    }
    Map<String, Integer> written = writer.write(ws, dataSourceId, records);
    records.forEach(r -> tally.imported(r.resourceType(), written.getOrDefault(r.externalKey(), 0)));
    syncs.progress(ws, syncId, node);
  }

  private static SyncResult failure(String message) {
    FhirSyncTally t = new FhirSyncTally();
    t.inputFailed(message);
    return t.result();
  }

  @Override
  public void close() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }
}
