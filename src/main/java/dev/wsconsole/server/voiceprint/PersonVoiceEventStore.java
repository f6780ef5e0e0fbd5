package dev.wsconsole.server.voiceprint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.world.NewEvent;
import dev.wsconsole.server.world.WorldStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The biometric events of voice sign-in on a user's person entity in the world model: voiceprint.enrolled
 * (pointing at the stored model by id and digest, never holding the bytes) and voiceprint.deleted, each
 * superseding the entity's previous voiceprint event. Runs inside the caller's tenant transaction.
 */
final class PersonVoiceEventStore {
  static final String ENROLLED = "voiceprint.enrolled";
  static final String DELETED = "voiceprint.deleted";
  static final String DOMAIN = "identity";
  static final String SOURCE = "console.voiceprint";
  private static final ObjectMapper JSON = new ObjectMapper();

  private PersonVoiceEventStore() {}

  /** Creates the person entity on first use (an existing one is kept as it is). */
  static void ensurePerson(Handle h, UUID ws, UUID entityId, String displayName) {
    h.createUpdate("INSERT INTO console.entities (workspace_id, id, entity_type, display_name)"
            + " VALUES (:ws, :id, 'person', :name) ON CONFLICT (workspace_id, id) DO NOTHING")
        .bind("ws", ws).bind("id", entityId).bind("name", displayName).execute();
    // Serialises concurrent enrolments and deletions of the same person.
    h.createQuery("SELECT id FROM console.entities WHERE workspace_id = :ws AND id = :id FOR UPDATE")
        .bind("ws", ws).bind("id", entityId).mapTo(UUID.class).one();
  }

  /** The entity's newest voiceprint event, which the next one supersedes. */
  static Optional<UUID> latest(Handle h, UUID ws, UUID entityId) {
    return h.createQuery("SELECT id FROM console.events WHERE workspace_id = :ws AND entity_id = :entity"
            + " AND event_type IN ('" + ENROLLED + "', '" + DELETED + "') ORDER BY ingested_at DESC, occurred_at DESC"
            + " LIMIT 1")
        .bind("ws", ws).bind("entity", entityId).mapTo(UUID.class).findOne();
  }

  /** Appends through the world model, so the person's projection follows its voiceprint events. */
  static UUID append(WorldStore world, Handle h, UUID ws, UUID entityId, String type, Map<String, Object> data,
                     UUID supersedes) {
    ObjectNode body = JSON.valueToTree(data);
    return world.append(h, ws, List.of(new NewEvent(entityId, type, DOMAIN, SOURCE, 1.0, body, supersedes,
        null, null))).get(0).id();
  }

  static Map<String, Object> enrolledData(UUID voiceprintId, VoiceprintStore.Enrolment e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("voiceprint_id", voiceprintId.toString());
    data.put("user_id", e.userId().toString());
    data.put("model_id", e.modelId());
    data.put("model_sha256", sha256(e.model()));
    data.put("speech_seconds", e.speechSeconds());
    data.put("samples", e.samples());
    return data;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
