package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.world.WorldStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of voiceprints: the model bytes in console.voiceprints (one live row per person entity) and, in the
 * same transaction, the biometric events on the person entity in the world model (PersonVoiceEventStore).
 */
public final class VoiceprintStore {
  private static final String COLUMNS = "id, entity_id, user_id, model, model_id, speech_seconds, event_id, created_at";
  private final TenantTx tx;
  private final WorldStore world;

  /** {@code world} writes the biometric events on the person entity, in the voiceprint's transaction. */
  public VoiceprintStore(TenantTx tx, WorldStore world) {
    this.tx = tx;
    this.world = world;
  }

  /** A live voiceprint. */
  public record Stored(UUID id, UUID entityId, UUID userId, byte[] model, String modelId, double speechSeconds,
                       UUID eventId, Instant createdAt) {}

  /** What an enrolment writes. */
  public record Enrolment(UUID entityId, UUID userId, String displayName, byte[] model, String modelId,
                          double speechSeconds, int samples, List<byte[]> fingerprints) {}

  public Optional<Stored> find(UUID ws, UUID entityId) {
    return tx.call(ws, h -> h.createQuery("SELECT " + COLUMNS + " FROM console.voiceprints"
            + " WHERE workspace_id = :ws AND entity_id = :entity")
        .bind("ws", ws).bind("entity", entityId).map((rs, c) -> row(rs)).findOne());
  }

  /** Whether the entity has a live voiceprint (without reading its bytes). */
  public boolean isEnrolled(UUID ws, UUID entityId) {
    return !tx.query(ws, "SELECT 1 FROM console.voiceprints WHERE workspace_id = ? AND entity_id = ?",
        rs -> rs.getInt(1), ws, entityId).isEmpty();
  }

  /** The voiceprints of the workspace's other enrolled members: the score-normalisation cohort. */
  public List<byte[]> cohort(UUID ws, UUID exceptEntity) {
    return tx.call(ws, h -> h.createQuery("SELECT model FROM console.voiceprints WHERE workspace_id = :ws"
            + " AND entity_id <> :entity ORDER BY created_at DESC LIMIT 64")
        .bind("ws", ws).bind("entity", exceptEntity).mapTo(byte[].class).list());
  }

  /** Stores (or replaces) the entity's voiceprint, its world event, the samples' fingerprints and the audit entry. */
  public Stored enroll(UUID ws, Enrolment e, AuditRecord audit) {
    return tx.call(ws, h -> {
      PersonVoiceEventStore.ensurePerson(h, ws, e.entityId(), e.displayName());
      Optional<UUID> previous = PersonVoiceEventStore.latest(h, ws, e.entityId());
      UUID id = UUID.randomUUID();
      UUID event = PersonVoiceEventStore.append(world, h, ws, e.entityId(), PersonVoiceEventStore.ENROLLED,
          PersonVoiceEventStore.enrolledData(id, e), previous.orElse(null));
      h.createUpdate("DELETE FROM console.voiceprints WHERE workspace_id = :ws AND entity_id = :entity")
          .bind("ws", ws).bind("entity", e.entityId()).execute();
      h.createUpdate("INSERT INTO console.voiceprints (workspace_id, id, entity_id, user_id, model, model_id,"
              + " speech_seconds, event_id) VALUES (:ws, :id, :entity, :user, :model, :modelId, :speech, :event)")
          .bind("ws", ws).bind("id", id).bind("entity", e.entityId()).bind("user", e.userId())
          .bind("model", e.model()).bind("modelId", e.modelId()).bind("speech", e.speechSeconds())
          .bind("event", event).execute();
      for (byte[] fp : e.fingerprints()) {
        VoiceAttemptStore.addFingerprint(h, ws, e.userId(), "enroll", fp);
      }
      AuditStore.append(h, ws, audit);
      return h.createQuery("SELECT " + COLUMNS + " FROM console.voiceprints WHERE workspace_id = :ws AND id = :id")
          .bind("ws", ws).bind("id", id).map((rs, c) -> row(rs)).one();
    });
  }

  /**
   * Erases the entity's voiceprint bytes and appends a voiceprint.deleted event superseding the enrolment;
   * false (and nothing written) when the entity has none.
   */
  public boolean delete(UUID ws, UUID entityId, UUID byUser, AuditRecord audit) {
    return tx.call(ws, h -> {
      Optional<UUID> enrolledEvent = h.createQuery("DELETE FROM console.voiceprints WHERE workspace_id = :ws"
              + " AND entity_id = :entity RETURNING event_id")
          .bind("ws", ws).bind("entity", entityId).mapTo(UUID.class).findOne();
      if (enrolledEvent.isEmpty()) {
        return false;
      }
      PersonVoiceEventStore.append(world, h, ws, entityId, PersonVoiceEventStore.DELETED,
          java.util.Map.of("deleted_by", byUser.toString()), PersonVoiceEventStore.latest(h, ws, entityId).orElse(null));
      AuditStore.append(h, ws, audit);
      return true;
    });
  }

  private static Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Stored(rs.getObject("id", UUID.class), rs.getObject("entity_id", UUID.class),
        rs.getObject("user_id", UUID.class), rs.getBytes("model"), rs.getString("model_id"),
        rs.getDouble("speech_seconds"), rs.getObject("event_id", UUID.class),
        rs.getTimestamp("created_at").toInstant());
  }
}
