package dev.wsconsole.server.world;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The world model's write path: ensure entities, append events (keeping each entity's projection up to date
 * in the same transaction), relate entities, and recompute projections from the log. The methods taking a
 * {@link Handle} run inside a caller's tenant transaction; the others open their own through {@code tx}.
 */
public final class WorldStore {
  private final TenantTx tx;
  private final WorldAnnouncer announcer;

  /**
   * {@code announcer} announces committed appends on the live stream (decision 0026); null announces each
   * append inside its own transaction instead (stores built without a backend, in tests).
   */
  public WorldStore(TenantTx tx, WorldAnnouncer announcer) {
    this.tx = tx;
    this.announcer = announcer;
  }

  public UUID ensureEntity(UUID ws, String entityType, String externalKey, String displayName) {
    return tx.call(ws, h -> ensureEntity(h, ws, entityType, externalKey, displayName));
  }

  /** As {@link #ensureEntity(Handle, UUID, String, String, String)}, audited as {@code audit}'s action. */
  public UUID ensureEntity(UUID ws, String entityType, String externalKey, String displayName, AuditRecord audit) {
    return tx.call(ws, h -> {
      UUID id = ensureEntity(h, ws, entityType, externalKey, displayName);
      AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "entity:" + id, audit.result(),
          audit.reason(), audit.requestId()));
      return id;
    });
  }

  /** Appends the batch in one transaction; a concurrent writer of the same idempotency key is answered by a retry. */
  public List<StoredEvent> append(UUID ws, List<NewEvent> events) {
    return append(ws, events, null);
  }

  /**
   * As {@link #append(UUID, List)}, each event recording {@code recordedBy} (the API caller, in the audit
   * actor's shape) as its writer. No audit entry: an event is a data write that names its own writer
   * in the append-only log (decision 0021).
   */
  public List<StoredEvent> append(UUID ws, List<NewEvent> events, Map<String, ?> recordedBy) {
    try {
      return tx.call(ws, h -> append(h, ws, events, recordedBy));
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return tx.call(ws, h -> append(h, ws, events, recordedBy));
      }
      throw e;
    }
  }

  public void relate(UUID ws, UUID from, UUID to, String type) {
    tx.run(ws, h -> relate(h, ws, from, to, type));
  }

  public Optional<Projection> recompute(UUID ws, UUID entityId) {
    return tx.call(ws, h -> recompute(h, ws, entityId));
  }

  public long recomputeWorkspace(UUID ws) {
    return tx.call(ws, h -> ProjectionRebuildStore.workspace(h, ws));
  }

  /** The entity's state from the events ingested up to {@code asOf}; empty when the entity does not exist. */
  public Optional<Projection> asOf(UUID ws, UUID entityId, Instant asOf) {
    return tx.call(ws, h -> EntityRowStore.read(h, ws, entityId)
        .map(now -> ProjectionRules.project(EventLogStore.ofEntity(h, ws, entityId, asOf))));
  }

  /** The entity of this type and external key, made (with {@code displayName}) if there is none; null key: always new. */
  public static UUID ensureEntity(Handle h, UUID ws, String entityType, String externalKey, String displayName) {
    return EntityRowStore.ensure(h, ws, entityType, externalKey, displayName);
  }

  /**
   * Appends events and updates their entities' projections. An event whose idempotency key is already in the
   * log is not written again: its stored event is returned in its place. Bad input throws
   * {@link WorldInputException} before anything is written. The new events are announced on the live stream
   * as one summary ({@link WorldLiveStore#APPENDED}) after the transaction commits (decision 0026).
   */
  public List<StoredEvent> append(Handle h, UUID ws, List<NewEvent> events) {
    return append(h, ws, events, null);
  }

  /** As {@link #append(Handle, UUID, List)}, recording {@code recordedBy} (null: the product itself) as the writer. */
  public List<StoredEvent> append(Handle h, UUID ws, List<NewEvent> events, Map<String, ?> recordedBy) {
    EventRules.check(events);
    Map<String, StoredEvent> replayed = EventLogStore.byKeys(h, ws, keys(events));
    Map<String, UUID> keyed = new HashMap<>();
    List<UUID> ids = new ArrayList<>();
    List<NewEvent> fresh = new ArrayList<>();
    List<UUID> answer = new ArrayList<>();
    for (NewEvent e : events) {
      StoredEvent old = e.idempotencyKey() == null ? null : replayed.get(e.idempotencyKey());
      UUID id = old != null ? old.id() : e.idempotencyKey() == null ? null : keyed.get(e.idempotencyKey());
      if (id == null) {
        id = UUID.randomUUID();
        ids.add(id);
        fresh.add(e);
        if (e.idempotencyKey() != null) {
          keyed.put(e.idempotencyKey(), id);
        }
      }
      answer.add(id);
    }
    AppendCheckStore.entitiesAndTargets(h, ws, events, fresh);
    List<StoredEvent> stored = EventAppendStore.insertAndFold(h, ws, ids, fresh,
        recordedBy == null ? null : AuditStore.canonicalActor(recordedBy));
    rebuildSuperseding(h, ws, stored);
    // Last: without a WorldAnnouncer this publishes in the transaction and holds the live-event counter row to commit.
    WorldLiveStore.appended(h, ws, stored, announcer);
    Map<UUID, StoredEvent> byId = new HashMap<>();
    replayed.values().forEach(e -> byId.put(e.id(), e));
    stored.forEach(e -> byId.put(e.id(), e));
    return answer.stream().map(byId::get).toList();
  }

  /** Records that {@code from} relates to {@code to} as {@code type} (again: no change). */
  public static void relate(Handle h, UUID ws, UUID from, UUID to, String type) {
    h.createUpdate("INSERT INTO console.entity_relationships (workspace_id, id, from_entity_id, to_entity_id,"
            + " relationship_type) VALUES (:ws, :id, :from, :to, :type)"
            + " ON CONFLICT (workspace_id, from_entity_id, to_entity_id, relationship_type) DO NOTHING")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("from", from).bind("to", to).bind("type", type)
        .execute();
  }

  /** Rebuilds one entity's projection from its whole log; empty when the entity does not exist. */
  public static Optional<Projection> recompute(Handle h, UUID ws, UUID entityId) {
    if (EntityRowStore.lockAll(h, ws, List.of(entityId)).isEmpty()) {
      return Optional.empty();
    }
    Projection p = ProjectionRules.project(EventLogStore.ofEntity(h, ws, entityId, null));
    EntityRowStore.save(h, ws, entityId, p);
    return Optional.of(p);
  }

  /**
   * An entity that got a superseding event is rebuilt from its log: the superseded winner has to give way to
   * the runner-up, which the provenance does not keep (decision 0011).
   */
  private static void rebuildSuperseding(Handle h, UUID ws, List<StoredEvent> stored) {
    Map<UUID, Projection> rebuilt = new java.util.TreeMap<>();
    stored.stream().filter(e -> e.supersedes() != null).map(StoredEvent::entityId).distinct()
        .forEach(entity -> rebuilt.put(entity, ProjectionRules.project(EventLogStore.ofEntity(h, ws, entity, null))));
    EntityRowStore.saveAll(h, ws, rebuilt);
  }

  private static List<String> keys(List<NewEvent> events) {
    TreeSet<String> keys = new TreeSet<>();
    events.forEach(e -> {
      if (e.idempotencyKey() != null) {
        keys.add(e.idempotencyKey());
      }
    });
    return new ArrayList<>(keys);
  }
}
