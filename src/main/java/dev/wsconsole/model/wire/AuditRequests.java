package dev.wsconsole.model.wire;

/** Request bodies of the audit operations (contract names, snake_case on the wire). */
public final class AuditRequests {
  private AuditRequests() {}

  /** AuditExportRequest: the time range (ISO-8601) and the optional filters of an export. */
  public record Export(String dateFrom, String dateTo, String action, Boolean phiOnly, String service) {}
}
