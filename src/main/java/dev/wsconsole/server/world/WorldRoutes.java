package dev.wsconsole.server.world;

import static dev.wsconsole.model.Permission.WORLD_VIEW;
import static dev.wsconsole.model.Permission.WORLD_WRITE;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.server.http.Route;
import java.util.List;
import dev.wsconsole.server.db.TenantTx;

import dev.wsconsole.model.wire.WorldViews;
/** World model routes (issue 5): the contract's reads under WORLD_VIEW, our write extensions under WORLD_WRITE. */
public final class WorldRoutes {
  private static final String IN = "/v1/{workspace_id}/world";
  private static final String ONE = IN + "/entities/{entity_id}";

  private WorldRoutes() {}

  public static List<Route> routes(TenantTx tx, WorldStore world) {
    WorldReadStore reads = new WorldReadStore(tx);
    WorldHandlers read = new WorldHandlers(world, reads, new WorldDetailStore(tx), new WorldSummaryStore(tx));
    WorldWriteHandlers write = new WorldWriteHandlers(world, reads);
    EntityFieldStore fields = new EntityFieldStore(tx);
    return List.of(
        Route.of("GET", IN + "/entities", WORKSPACE, WORLD_VIEW, "list-entities", 200, WorldViews.EntityList.class,
            read::list),
        Route.of("GET", ONE, WORKSPACE, WORLD_VIEW, "get-entity", 200, WorldViews.Entity.class, read::get),
        Route.of("GET", ONE + "/timeline", WORKSPACE, WORLD_VIEW, "get-entity-timeline", 200,
            WorldViews.Timeline.class, read::timeline),
        Route.of("GET", ONE + "/relationships", WORKSPACE, WORLD_VIEW, "get-entity-relationships", 200,
            WorldViews.Relationships.class, read::relationships),
        Route.of("GET", IN + "/entity-types", WORKSPACE, WORLD_VIEW, "list-entity-types", 200,
            WorldViews.EntityTypes.class, read::entityTypes),
        Route.of("GET", IN + "/event-types", WORKSPACE, WORLD_VIEW, "list-event-types", 200,
            WorldViews.EventTypes.class, read::eventTypes),
        Route.of("GET", IN + "/search", WORKSPACE, WORLD_VIEW, "search-world-entities", 200,
            WorldViews.SearchResults.class, read::search),
        Route.of("GET", IN + "/dashboard", WORKSPACE, WORLD_VIEW, "world-dashboard", 200, WorldViews.Dashboard.class,
            read::dashboard),
        Route.extension("GET", ONE + "/fields", WORKSPACE, WORLD_VIEW, "get-entity-fields", 200,
            WorldViews.Fields.class, call -> fields.fields(call.workspaceId(), call.pathUuid("entity_id"))
                .orElseThrow(() -> dev.wsconsole.server.core.DomainException.notFound("Entity"))),
        Route.extension("POST", IN + "/events", WORKSPACE, WORLD_WRITE, "append-world-events", 201,
            WorldViews.EventsWritten.class, write::appendEvents),
        Route.extension("POST", IN + "/entities", WORKSPACE, WORLD_WRITE, "ensure-world-entity", 200,
            WorldViews.Entity.class, write::ensureEntity),
        Route.extension("POST", IN + "/recompute", WORKSPACE, WORLD_WRITE, "recompute-world-projections", 200,
            WorldViews.Recomputed.class, write::recompute));
  }
}
