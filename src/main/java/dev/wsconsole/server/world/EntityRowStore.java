package dev.wsconsole.server.world;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** SQL of the entity projection rows (console.entities): ensure, lock and read, write a projection. */
final class EntityRowStore {
  private EntityRowStore() {}

  /** The entity of this type and key, made if missing; a new one is announced on the live stream (same transaction). */
  static UUID ensure(Handle h, UUID ws, String type, String externalKey, String displayName) {
    Optional<UUID> made = h.createQuery("INSERT INTO console.entities (workspace_id, id, entity_type, external_key,"
            + " display_name) VALUES (:ws, :id, :type, :key, :name)"
            + " ON CONFLICT (workspace_id, entity_type, external_key) DO NOTHING RETURNING id")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("type", type).bind("key", externalKey)
        .bind("name", displayName == null ? "" : displayName).mapTo(UUID.class).findOne();
    made.ifPresent(id -> WorldLiveStore.entityCreated(h, ws, id, type));
    return made.orElseGet(() -> h.createQuery("SELECT id FROM console.entities WHERE workspace_id = :ws"
            + " AND entity_type = :type AND external_key = :key")
        .bind("ws", ws).bind("type", type).bind("key", externalKey).mapTo(UUID.class).one());
  }

  /**
   * Locks the named entities in id order (so concurrent writers never deadlock) and returns those that exist.
   * NO KEY UPDATE does not conflict with the key-share locks the events' foreign key takes.
   */
  static java.util.Set<UUID> lockAll(Handle h, UUID ws, java.util.Collection<UUID> ids) {
    return lockAll(h, ws, ids, false);
  }

  /**
   * As {@link #lockAll(Handle, UUID, java.util.Collection)}; {@code genericPlans} also switches the rest of the
   * transaction to cached generic plans (see EventAppendStore) in the same round trip.
   */
  static java.util.Set<UUID> lockAll(Handle h, UUID ws, java.util.Collection<UUID> ids, boolean genericPlans) {
    String from = genericPlans ? " FROM set_config('plan_cache_mode', 'force_generic_plan', true) AS mode,"
        + " console.entities e" : " FROM console.entities e";
    return new java.util.HashSet<>(h.createQuery("SELECT e.id" + from + " WHERE e.workspace_id = :ws"
            + " AND e.id = ANY(:ids) ORDER BY e.id FOR NO KEY UPDATE OF e")
        .bind("ws", ws).bind("ids", ids.toArray(new UUID[0])).mapTo(UUID.class).list());
  }

  /** The entity's stored projection (lock it first when about to change it). */
  static Optional<Projection> read(Handle h, UUID ws, UUID id) {
    return Optional.ofNullable(readAll(h, ws, java.util.List.of(id)).get(id));
  }

  /** The stored projections of these entities, by id. */
  static java.util.Map<UUID, Projection> readAll(Handle h, UUID ws, java.util.Collection<UUID> ids) {
    java.util.Map<UUID, Projection> out = new java.util.HashMap<>();
    h.createQuery("SELECT id, state, provenance, event_count, first_seen_at, last_event_at, source"
            + " FROM console.entities WHERE workspace_id = :ws AND id = ANY(:ids)")
        .bind("ws", ws).bind("ids", ids.toArray(new UUID[0]))
        .map((rs, ctx) -> java.util.Map.entry(rs.getObject("id", UUID.class), new Projection(ProjectionCodec.facts(ProjectionCodec.parse(rs.getString("state")),
            ProjectionCodec.parse(rs.getString("provenance"))), rs.getLong("event_count"),
            instant(rs.getTimestamp("first_seen_at")), instant(rs.getTimestamp("last_event_at")),
            rs.getString("source"))))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  static void save(Handle h, UUID ws, UUID id, Projection p) {
    saveAll(h, ws, java.util.Map.of(id, p));
  }

  /**
   * The entity's confidence from its provenance: the mean of the winning facts' confidences (0 without any).
   * SQL, so the append fold and the rebuild compute it the same way.
   */
  static String confidenceOf(String provenance) {
    return "(SELECT coalesce(avg(CAST(p.v ->> 'c' AS real)), 0) FROM jsonb_each(" + provenance + ") AS p(k, v))";
  }

  /** The name a projected display_name (else name) field gives the entity, NULL if neither is non-blank text. */
  static String nameOf(String state) {
    return "CASE WHEN jsonb_typeof(" + state + " -> 'display_name') = 'string' AND (" + state
        + " ->> 'display_name') ~ '\\S' THEN " + state + " ->> 'display_name'"
        + " WHEN jsonb_typeof(" + state + " -> 'name') = 'string' AND (" + state + " ->> 'name') ~ '\\S'"
        + " THEN " + state + " ->> 'name' END";
  }

  /** Writes the projections in one statement (arrays unnested server-side); the name and confidence follow from them. */
  static void saveAll(Handle h, UUID ws, java.util.Map<UUID, Projection> projections) {
    int n = projections.size();
    if (n == 0) {
      return;
    }
    UUID[] ids = new UUID[n];
    String[] states = new String[n];
    String[] provs = new String[n];
    Long[] counts = new Long[n];
    String[] sources = new String[n];
    String[] firsts = new String[n];
    String[] lasts = new String[n];
    int i = 0;
    for (var e : projections.entrySet()) {
      Projection p = e.getValue();
      ids[i] = e.getKey();
      states[i] = ProjectionCodec.text(ProjectionCodec.state(p));
      provs[i] = ProjectionCodec.text(ProjectionCodec.provenance(p));
      counts[i] = p.eventCount();
      sources[i] = p.source() == null ? "" : p.source();
      firsts[i] = p.firstSeenAt() == null ? null : p.firstSeenAt().toString();
      lasts[i] = p.lastEventAt() == null ? null : p.lastEventAt().toString();
      i++;
    }
    h.createUpdate("UPDATE console.entities e SET state = u.state, provenance = u.prov,"
            + " event_count = u.cnt, confidence = " + confidenceOf("u.prov") + ", source = u.source,"
            + " first_seen_at = CAST(u.first AS timestamptz), last_event_at = CAST(u.last AS timestamptz),"
            + " display_name = coalesce(" + nameOf("u.state") + ", e.display_name), updated_at = now()"
            + " FROM (SELECT id, CAST(state AS jsonb) AS state, CAST(prov AS jsonb) AS prov, cnt, source, first, last"
            + " FROM unnest(CAST(:ids AS uuid[]), CAST(:states AS text[]), CAST(:provs AS text[]),"
            + " CAST(:counts AS int8[]), CAST(:sources AS text[]), CAST(:firsts AS text[]),"
            + " CAST(:lasts AS text[])) AS r(id, state, prov, cnt, source, first, last)) AS u"
            + " WHERE e.workspace_id = :ws AND e.id = u.id")
        .bind("ids", ids).bind("states", states).bind("provs", provs).bind("counts", counts)
        .bind("sources", sources).bind("firsts", firsts).bind("lasts", lasts).bind("ws", ws).execute();
  }

  private static java.time.Instant instant(java.sql.Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
