package dev.wsconsole.server.http;

import dev.wsconsole.server.audit.AuditExportStore;
import dev.wsconsole.server.audit.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Role-matrix examples of the PHI access report, the entity access log, kept audit exports and compliance. */
final class AuditRouteExamples {
  private AuditRouteExamples() {}

  static void register(BiConsumer<String, Function<RouteExamples.Fixture, RouteExamples.Request>> add) {
    add.accept("get-phi-access-report", f -> get(in(f) + "/audit/phi-access?limit=10&date_from=2020-01-01T00:00:00Z"));
    add.accept("get-entity-access-log", f -> get(in(f) + "/audit/entity/" + WorldRouteExamples.patient(f)
        + "/access-log?limit=10"));
    add.accept("list-audit-exports", f -> get(in(f) + "/audit/exports?limit=5"));
    add.accept("download-audit-export", f -> get(in(f) + "/audit/exports/" + keptExport(f)));
    add.accept("get-hipaa-report", f -> get(in(f) + "/compliance/hipaa?report_period_days=30"));
    add.accept("get-access-review", f -> get(in(f) + "/compliance/access-review"));
    add.accept("get-compliance-dashboard", f -> get(in(f) + "/compliance/dashboard"));
  }

  /** An export kept in the workspace (one NDJSON line), so downloading it answers 200. */
  private static UUID keptExport(RouteExamples.Fixture f) {
    UUID id = UUID.randomUUID();
    new AuditExportStore(f.api().backend.tx()).keep(f.workspace(), id, "local/example/" + id + ".ndjson", "{}", 1,
        "{\"action\":\"example\"}\n".getBytes(StandardCharsets.UTF_8),
        AuditRecord.allowed(Map.of(), "audit.export", "audit_export:" + id, "example-" + id));
    return id;
  }

  private static RouteExamples.Request get(String path) {
    return new RouteExamples.Request(path, null);
  }

  private static String in(RouteExamples.Fixture f) {
    return "/v1/" + f.workspace();
  }
}
