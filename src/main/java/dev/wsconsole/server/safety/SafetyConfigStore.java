package dev.wsconsole.server.safety;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;

/** The workspace's one safety configuration row: read with defaults, changed under a row lock, audited. */
public final class SafetyConfigStore {
  private static final ObjectMapper JSON = Json.mapper();
  private final TenantTx tx;

  public SafetyConfigStore(TenantTx tx) {
    this.tx = tx;
  }

  public SafetyConfig get(UUID ws) {
    return tx.call(ws, h -> read(h, ws, false));
  }

  public SafetyConfig update(UUID ws, UnaryOperator<SafetyConfig> change, AuditRecord audit) {
    return tx.call(ws, h -> {
      SafetyConfig next = change.apply(read(h, ws, true));
      save(h, ws, next);
      AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "safety_config", audit.result(),
          audit.reason(), audit.requestId()));
      return next;
    });
  }

  /** Adds {@code templateId} to applied_template_ids, in the caller's transaction. */
  static void markApplied(Handle h, UUID ws, String templateId) {
    SafetyConfig current = read(h, ws, true);
    if (!current.appliedTemplateIds().contains(templateId)) {
      List<String> ids = new ArrayList<>(current.appliedTemplateIds());
      ids.add(templateId);
      save(h, ws, current.withApplied(ids));
    }
  }

  /** The stored configuration or the defaults; with {@code lock} the row exists and is locked afterwards. */
  private static SafetyConfig read(Handle h, UUID ws, boolean lock) {
    if (lock) {
      h.createUpdate("INSERT INTO console.safety_config (workspace_id, id, body) VALUES (:ws, :id,"
              + " CAST(:body AS jsonb)) ON CONFLICT (workspace_id) DO NOTHING")
          .bind("ws", ws).bind("id", UUID.randomUUID()).bind("body", json(SafetyConfigRules.DEFAULTS)).execute();
    }
    return h.createQuery("SELECT body FROM console.safety_config WHERE workspace_id = :ws" + (lock ? " FOR UPDATE" : ""))
        .bind("ws", ws).mapTo(String.class).findOne().map(SafetyConfigStore::parse).orElse(SafetyConfigRules.DEFAULTS);
  }

  private static void save(Handle h, UUID ws, SafetyConfig c) {
    h.createUpdate("UPDATE console.safety_config SET body = CAST(:body AS jsonb), updated_at = now()"
        + " WHERE workspace_id = :ws").bind("body", json(c)).bind("ws", ws).execute();
  }

  /** A stored body over the defaults, so a row missing a field (or written by other means) still reads whole. */
  private static SafetyConfig parse(String body) {
    try {
      var merged = JSON.valueToTree(SafetyConfigRules.DEFAULTS);
      ((com.fasterxml.jackson.databind.node.ObjectNode) merged).setAll(
          (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body));
      return JSON.treeToValue(merged, SafetyConfig.class);
    } catch (JsonProcessingException | ClassCastException e) {
      return SafetyConfigRules.DEFAULTS;
    }
  }

  private static String json(SafetyConfig c) {
    try {
      return JSON.writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
