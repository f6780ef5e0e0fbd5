package dev.wsconsole.server.world;

import dev.wsconsole.model.wire.WorldViews.EventsWritten;
import dev.wsconsole.model.wire.WorldViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.world.WorldRequests.Batch;
import dev.wsconsole.server.world.WorldRequests.EntityFields;
import dev.wsconsole.server.world.WorldRequests.EventFields;
import dev.wsconsole.server.world.WorldRequests.RecomputeFields;
import java.util.List;
import java.util.UUID;

/** HTTP handlers that write the world model: append events, ensure an entity, recompute projections. */
public final class WorldWriteHandlers {
  private final WorldStore store;
  private final WorldReadStore reads;

  public WorldWriteHandlers(WorldStore store, WorldReadStore reads) {
    this.store = store;
    this.reads = reads;
  }

  /** A single event object, or {"events": [...]}; each idempotency key is written once. */
  public Object appendEvents(ApiCall call) {
    boolean batch = call.bodyTree().has("events");
    List<EventFields> fields = batch ? call.body(Batch.class).events() : List.of(call.body(EventFields.class));
    if (fields == null || fields.isEmpty()) {
      throw DomainException.invalid(List.of("body", "events"), "List should have at least 1 item", "too_short");
    }
    if (fields.size() > EventRules.MAX_BATCH) {
      throw new DomainException(DomainException.Kind.TOO_LARGE, "At most " + EventRules.MAX_BATCH + " events per request.");
    }
    if (fields.stream().anyMatch(f -> f == null)) {
      throw DomainException.invalid(List.of("body", "events"), "Input should be an object", "model_type");
    }
    List<NewEvent> events = fields.stream().map(EventFields::toNew).toList();
    try {
      // Recorded on each event, not in the audit log: a member's data write is not a privileged action (0021).
      List<StoredEvent> stored = store.append(call.workspaceId(), events, call.actor());
      List<WorldViews.Event> views = stored.stream().map(WorldWriteHandlers::view).toList();
      return new EventsWritten(views, views.size());
    } catch (WorldInputException e) {
      throw refusal(e, batch);
    }
  }

  public Object ensureEntity(ApiCall call) {
    EntityFields f = call.body(EntityFields.class);
    String type = WorldParams.name(List.of("body", "entity_type"), f.entityType(), true);
    String key = WorldParams.name(List.of("body", "external_key"), f.externalKey(), false);
    String name = f.displayName() == null ? "" : f.displayName().strip();
    if (name.length() > 500) {
      throw DomainException.invalid(List.of("body", "display_name"), "String should have at most 500 characters",
          "string_too_long");
    }
    UUID ws = call.workspaceId();
    UUID id = store.ensureEntity(ws, type, key, name, AuditRecord.allowed(call.actor(), "world.entity.ensure", "",
        call.requestId()));
    return reads.entity(ws, id).orElseThrow();
  }

  public Object recompute(ApiCall call) {
    RecomputeFields f = call.bodyBytes().length == 0 ? new RecomputeFields(null) : call.body(RecomputeFields.class);
    UUID ws = call.workspaceId();
    long n = f.entityId() == null ? store.recomputeWorkspace(ws)
        : store.recompute(ws, f.entityId()).map(p -> 1L).orElseThrow(() -> DomainException.notFound("Entity"));
    return new WorldViews.Recomputed(n);
  }

  private static DomainException refusal(WorldInputException e, boolean batch) {
    List<Object> loc = batch ? e.loc() : List.of(e.loc().get(0), e.loc().get(e.loc().size() - 1));
    if (e.status() == 404) {
      return new DomainException(DomainException.Kind.NOT_FOUND, List.of(new DomainException.ValidationError(loc, e.getMessage(), e.type())));
    }
    return e.status() == 413 ? new DomainException(DomainException.Kind.TOO_LARGE, e.getMessage()) : DomainException.invalid(loc, e.getMessage(), e.type());
  }

  static WorldViews.Event view(StoredEvent e) {
    return new WorldViews.Event(e.id(), e.entityId(), e.eventType(), e.domain(), e.source(), e.confidence(), e.data(),
        e.supersedes(), null, true, e.idempotencyKey(), e.occurredAt(), e.ingestedAt(), e.ingestedAt());
  }
}
