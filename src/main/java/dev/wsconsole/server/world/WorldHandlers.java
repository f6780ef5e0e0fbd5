package dev.wsconsole.server.world;

import dev.wsconsole.model.wire.WorldViews.Entity;
import dev.wsconsole.model.wire.WorldViews;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** HTTP handlers that read the world model: entities, one entity (as of a time), timeline, relationships, registries. */
public final class WorldHandlers {
  private final WorldStore store;
  private final WorldReadStore reads;
  private final WorldDetailStore details;
  private final WorldSummaryStore summaries;

  public WorldHandlers(WorldStore store, WorldReadStore reads, WorldDetailStore details, WorldSummaryStore summaries) {
    this.store = store;
    this.reads = reads;
    this.details = details;
    this.summaries = summaries;
  }

  public Object list(ApiCall call) {
    int limit = call.queryInt("limit", 20, 1, 100);
    int offset = offset(call);
    var f = new WorldReadStore.Filter(WorldParams.filter(call.query("entity_type")), WorldParams.filter(call.query("q")),
        WorldParams.filter(call.query("source")), null, WorldParams.filter(call.query("order")), limit, offset);
    var page = reads.entities(call.workspaceId(), f);
    Integer next = offset + page.items().size() < page.total() ? offset + page.items().size() : null;
    return new WorldViews.EntityList(page.items(), page.total(), next != null, next, next);
  }

  public Object search(ApiCall call) {
    String q = WorldParams.filter(call.query("q"));
    if (q == null) {
      throw DomainException.invalid(List.of("query", "q"), "Field required", "missing");
    }
    String min = call.query("confidence_min");
    Double cmin = min == null ? null : WorldParams.unit(List.of("query", "confidence_min"), min);
    int limit = call.queryInt("limit", 20, 1, 100);
    int offset = offset(call);
    var page = reads.entities(call.workspaceId(), new WorldReadStore.Filter(WorldParams.filter(call.query("entity_type")),
        q, WorldParams.filter(call.query("source")), cmin, "-confidence", limit, offset));
    Integer next = offset + page.items().size() < page.total() ? offset + page.items().size() : null;
    return new WorldViews.SearchResults(page.items(), page.total(), next != null, next, q);
  }

  /** With {@code as_of}, the state is rebuilt from the events ingested up to that time. */
  public Object get(ApiCall call) {
    UUID ws = call.workspaceId();
    UUID id = id(call);
    Entity now = reads.entity(ws, id).orElseThrow(WorldHandlers::notFound);
    String asOf = call.query("as_of");
    if (asOf == null) {
      return now;
    }
    Instant at = Params.instant(List.of("query", "as_of"), asOf);
    Projection then = store.asOf(ws, id, at).orElseThrow(WorldHandlers::notFound);
    return new Entity(now.id(), now.workspaceId(), now.entityType(), now.displayName(), ProjectionCodec.state(then),
        then.confidence(), then.eventCount(), then.eventCount() > 0, now.externalIds(), then.source(),
        then.firstSeenAt(), then.lastEventAt(), now.createdAt(), then.lastEventAt());
  }

  public Object timeline(ApiCall call) {
    int limit = call.queryInt("limit", 50, 1, 200);
    int offset = offset(call);
    UUID id = id(call);
    String domain = WorldParams.filter(call.query("domain"));
    if (domain != null && !EventRules.DOMAINS.contains(domain)) {
      throw DomainException.invalid(List.of("query", "domain"), "Input should be one of "
          + String.join(", ", new java.util.TreeSet<>(EventRules.DOMAINS)), "enum");
    }
    var page = details.timeline(call.workspaceId(), id, domain, limit, offset).orElseThrow(WorldHandlers::notFound);
    Integer next = offset + page.items().size() < page.total() ? offset + page.items().size() : null;
    return new WorldViews.Timeline(id, page.items(), page.total(), next != null, next);
  }

  public Object relationships(ApiCall call) {
    UUID id = id(call);
    var list = details.relationships(call.workspaceId(), id, WorldParams.filter(call.query("relationship")))
        .orElseThrow(WorldHandlers::notFound);
    return new WorldViews.Relationships(id, list, list.size());
  }

  public Object entityTypes(ApiCall call) {
    return summaries.entityTypes(call.workspaceId());
  }

  public Object eventTypes(ApiCall call) {
    return summaries.eventTypes(call.workspaceId());
  }

  public Object dashboard(ApiCall call) {
    return summaries.dashboard(call.workspaceId());
  }

  /** The contract pages by {@code offset}; our clients send it back as {@code continuation_token}. */
  private static int offset(ApiCall call) {
    return call.query("continuation_token") != null ? call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE)
        : call.queryInt("offset", 0, 0, Integer.MAX_VALUE);
  }

  private static UUID id(ApiCall call) {
    return call.pathUuid("entity_id");
  }

  private static DomainException notFound() {
    return DomainException.notFound("Entity");
  }
}
