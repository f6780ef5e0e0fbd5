package dev.wsconsole.server.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.wsconsole.model.wire.DataSourceViews.Failure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** recent_failures: failed runs with their run-level errors, and each resource a run skipped, newest first. */
class SyncHistoryRulesTest {
  private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

  private static SyncRun run(String status, List<String> runErrors, List<SyncRun.ResourceError> skipped, int minute) {
    List<String> errors = new ArrayList<>(runErrors);
    skipped.forEach(s -> errors.add(s.describe()));
    return new SyncRun(UUID.randomUUID(), UUID.randomUUID(), status, T.plusSeconds(60L * minute),
        T.plusSeconds(60L * minute + 5), 1, 1, skipped.size(), errors, Map.of(), skipped);
  }

  @Test
  void skippedResourcesNameTheirTypeAndIdAndFailedRunsTheirOwnErrorsOnly() {
    SyncRun newest = run("success", List.of(), List.of(new SyncRun.ResourceError("Patient", "p-bad", "malformed")), 2);
    SyncRun failed = run("error", List.of("connection refused"),
        List.of(new SyncRun.ResourceError("Observation", null, "search answered 404")), 1);
    List<Failure> f = SyncHistoryRules.failures(List.of(newest, failed));
    assertEquals(3, f.size());
    assertEquals("resource_skipped", f.get(0).eventType());
    assertEquals("Patient", f.get(0).fhirResourceType());
    assertEquals("p-bad", f.get(0).fhirResourceId());
    assertEquals(newest.id(), f.get(0).eventId());
    assertEquals("sync_failed", f.get(1).eventType());
    assertEquals("connection refused", f.get(1).syncError());
    assertNull(f.get(1).fhirResourceType());
    assertNull(f.get(2).fhirResourceId());
  }

  @Test
  void atMostTwentyAreListed() {
    List<SyncRun.ResourceError> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(new SyncRun.ResourceError("Patient", "p" + i, "malformed"));
    }
    assertEquals(SyncHistoryRules.RECENT_FAILURES, SyncHistoryRules.failures(List.of(run("success", List.of(), many, 0)))
        .size());
  }
}
