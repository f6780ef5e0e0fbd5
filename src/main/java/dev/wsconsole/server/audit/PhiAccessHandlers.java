package dev.wsconsole.server.audit;

import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of the PHI access report and of one entity's access log (audit/phi-access, audit/entity/{id}/access-log). */
public final class PhiAccessHandlers {
  private final PhiAccessStore phi;
  private final EntityAccessLogStore entityLog;

  public PhiAccessHandlers(PhiAccessStore phi, EntityAccessLogStore entityLog) {
    this.phi = phi;
    this.entityLog = entityLog;
  }

  /** Who read which PHI, newest first; {@code entity_id} narrows it to the entries that read that record. */
  public Object report(ApiCall call) {
    int limit = call.queryInt("limit", 50, 1, 100);
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    String entity = call.query("entity_id");
    UUID record = entity == null ? null : Params.uuid(List.of("query", "entity_id"), entity);
    PhiAccessStore.Page page = phi.page(call.workspaceId(), PhiAccessStore.Filter.record(record, from(call), to(call)),
        limit, offset);
    return list(page.entries().stream().map(e -> event(e, record)).toList(), page.total(), limit, offset);
  }

  /** Every audit event about one entity: its PHI reads and the audit log's entries that target it. */
  public Object entityAccessLog(ApiCall call) {
    int limit = call.queryInt("limit", 50, 1, 100);
    int offset = call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    UUID entity = call.pathUuid("entity_id");
    EntityAccessLogStore.Page page = entityLog.page(call.workspaceId(), entity, from(call), to(call), limit, offset)
        .orElseThrow(() -> DomainException.notFound("Entity"));
    return list(page.events(), page.total(), limit, offset);
  }

  private static AuditResponses.EventList list(List<AuditResponses.Event> events, long total, int limit, int offset) {
    return new AuditResponses.EventList(events, total, limit, offset, offset + events.size() < total);
  }

  private static Instant from(ApiCall call) {
    return Params.instant(List.of("query", "date_from"), call.query("date_from"));
  }

  private static Instant to(ApiCall call) {
    return Params.instant(List.of("query", "date_to"), call.query("date_to"));
  }

  /**
   * One PHI entry as an audit event ({@code phi_accessed} true). {@code resource_id} is the record asked about,
   * or the only record read; the entry's full list travels in {@code metadata.record_ids}.
   */
  public static AuditResponses.Event event(PhiAccess e, UUID asked) {
    String resourceId = asked != null ? asked.toString()
        : e.resourceIds().size() == 1 ? e.resourceIds().get(0).toString() : null;
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("request_id", e.requestId());
    metadata.put("record_ids", e.resourceIds().stream().map(UUID::toString).toList());
    metadata.put("record_count", e.resourceIds().size());
    metadata.put("actor_kind", e.actor().get("kind"));
    return new AuditResponses.Event(e.id(), e.workspaceId(), e.createdAt(), AuditFilter.SERVICE, e.action(),
        e.resourceType(), resourceId, null, text(e.actor().get("user_id")), text(e.actor().get("credential_id")),
        text(e.actor().get("ip")), null, true, metadata);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
