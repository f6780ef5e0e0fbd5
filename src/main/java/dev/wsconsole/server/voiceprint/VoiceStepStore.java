package dev.wsconsole.server.voiceprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.settings.SecuritySettingsRules;
import java.util.UUID;

/**
 * The SQL of the voice step per sign-in session and workspace (console.voice_steps, V27): where it stands, read
 * with the workspace's voice setting in one statement, and each decision, recorded with its audit entry.
 */
public final class VoiceStepStore {
  /** A session's recorded outcome; no row means the step is still pending. */
  public enum State { VERIFIED, SKIPPED, FAILED }

  private final TenantTx tx;

  public VoiceStepStore(TenantTx tx) {
    this.tx = tx;
  }

  /** Whether the workspace turns voice sign-in on, and the session's outcome there (null: none yet). */
  public record Standing(boolean workspaceVoiceOn, State state) {}

  public Standing standing(UUID ws, UUID sessionId) {
    return tx.query(ws, "SELECT (SELECT body::text FROM console.settings WHERE workspace_id = ? AND section ="
        + " 'security') AS security, (SELECT state::text FROM console.voice_steps WHERE workspace_id = ? AND"
        + " session_id = ?) AS state", rs -> new Standing(voiceOn(rs.getString("security")), state(rs.getString("state"))),
        ws, ws, sessionId).get(0);
  }

  /**
   * Records {@code outcome} for the session with its audit entry (when not null), in one transaction, and answers
   * the state that holds afterwards: a failure is final, and a skip never replaces a verification.
   */
  public State decide(UUID ws, UUID sessionId, UUID userId, State outcome, String reason, AuditRecord audit) {
    return tx.call(ws, h -> {
      h.createUpdate("INSERT INTO console.voice_steps AS s (workspace_id, session_id, user_id, state, reason)"
              + " VALUES (:ws, :session, :user, CAST(:state AS console.voice_step_state), :reason)"
              + " ON CONFLICT (workspace_id, session_id) DO UPDATE SET state = EXCLUDED.state,"
              + " reason = EXCLUDED.reason, decided_at = now()"
              + " WHERE s.state <> 'failed' AND NOT (s.state = 'verified' AND EXCLUDED.state = 'skipped')")
          .bind("ws", ws).bind("session", sessionId).bind("user", userId).bind("state", wire(outcome))
          .bind("reason", reason).execute();
      if (audit != null) {
        AuditStore.append(h, ws, audit);
      }
      return state(h.createQuery("SELECT state::text FROM console.voice_steps WHERE workspace_id = :ws"
              + " AND session_id = :session").bind("ws", ws).bind("session", sessionId).mapTo(String.class).one());
    });
  }

  private static boolean voiceOn(String securityJson) {
    JsonNode stored;
    try {
      stored = securityJson == null ? null : Json.mapper().readTree(securityJson);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored security settings are unreadable", e);
    }
    ObjectNode section = stored instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
    return SecuritySettingsRules.effective(section).voiceAuthEnabled();
  }

  private static State state(String stored) {
    return stored == null ? null : State.valueOf(stored.toUpperCase(java.util.Locale.ROOT));
  }

  private static String wire(State state) {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }
}
