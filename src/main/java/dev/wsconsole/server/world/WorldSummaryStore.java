package dev.wsconsole.server.world;

import dev.wsconsole.model.wire.WorldViews.Dashboard;
import dev.wsconsole.model.wire.WorldViews.EntityCounts;
import dev.wsconsole.model.wire.WorldViews.EntityTypeSummary;
import dev.wsconsole.model.wire.WorldViews.EntityTypes;
import dev.wsconsole.model.wire.WorldViews.EventTypeSummary;
import dev.wsconsole.model.wire.WorldViews.EventTypes;
import dev.wsconsole.model.wire.WorldViews.SourceBreakdown;
import dev.wsconsole.server.db.TenantTx;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Aggregates of a workspace's world model: entity and event type registries and the dashboard. */
public final class WorldSummaryStore {
  private final TenantTx tx;

  public WorldSummaryStore(TenantTx tx) {
    this.tx = tx;
  }

  public EntityTypes entityTypes(UUID ws) {
    List<EntityTypeSummary> types = tx.call(ws, h -> h.createQuery("SELECT entity_type, count(*) AS n,"
            + " max(updated_at) AS last, bool_or(event_count > 0) AS projected FROM console.entities"
            + " WHERE workspace_id = :ws GROUP BY entity_type ORDER BY entity_type").bind("ws", ws)
        .map((rs, ctx) -> new EntityTypeSummary(rs.getString("entity_type"), rs.getLong("n"),
            WorldReadStore.ts(rs, "last"), rs.getBoolean("projected"))).list());
    return new EntityTypes(types, types.stream().mapToLong(EntityTypeSummary::count).sum());
  }

  public EventTypes eventTypes(UUID ws) {
    List<EventTypeSummary> types = tx.call(ws, h -> h.createQuery("SELECT event_type, count(*) AS n,"
            + " array_agg(DISTINCT domain ORDER BY domain) AS domains, array_agg(DISTINCT source ORDER BY source) AS sources"
            + " FROM console.events WHERE workspace_id = :ws GROUP BY event_type ORDER BY event_type").bind("ws", ws)
        .map((rs, ctx) -> new EventTypeSummary(rs.getString("event_type"), rs.getLong("n"),
            Arrays.asList((String[]) rs.getArray("domains").getArray()),
            Arrays.asList((String[]) rs.getArray("sources").getArray()))).list());
    return new EventTypes(types, types.stream().mapToLong(EventTypeSummary::count).sum());
  }

  public Dashboard dashboard(UUID ws) {
    return tx.call(ws, h -> {
      Map<String, Long> byType = new TreeMap<>();
      h.createQuery("SELECT event_type, count(*) AS n FROM console.events WHERE workspace_id = :ws GROUP BY event_type")
          .bind("ws", ws).map((rs, ctx) -> byType.put(rs.getString("event_type"), rs.getLong("n"))).list();
      long entities = h.createQuery("SELECT count(*) FROM console.entities WHERE workspace_id = :ws").bind("ws", ws)
          .mapTo(Long.class).one();
      long events = byType.values().stream().mapToLong(Long::longValue).sum();
      var velocity = h.createQuery("SELECT count(*) FILTER (WHERE ingested_at > now() - interval '24 hours') AS d,"
              + " count(*) FILTER (WHERE ingested_at > now() - interval '7 days') AS w, avg(confidence) AS c"
              + " FROM console.events WHERE workspace_id = :ws").bind("ws", ws)
          .map((rs, ctx) -> new double[] {rs.getLong("d"), rs.getLong("w"), rs.getDouble("c"), rs.wasNull() ? 1 : 0})
          .one();
      List<SourceBreakdown> sources = h.createQuery("SELECT source, entity_type, count(*) AS n FROM console.entities"
              + " WHERE workspace_id = :ws AND source <> '' GROUP BY source, entity_type ORDER BY source, entity_type")
          .bind("ws", ws).map((rs, ctx) -> new SourceBreakdown(rs.getString("source"), rs.getString("entity_type"),
              rs.getLong("n"))).list();
      Double avg = velocity[3] == 1 ? null : Math.round(velocity[2] * 1000) / 1000.0;
      return new Dashboard(new EntityCounts(entities, events, 0, 0, 0, byType), (long) velocity[0],
          (long) velocity[1], avg, sources, "current", Instant.now());
    });
  }
}
