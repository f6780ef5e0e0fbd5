package dev.wsconsole.server.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * A workspace's settings, one row of console.settings per section. A row holds only the fields a
 * workspace set explicitly; defaults are applied when read, so resetting a field removes it.
 */
public final class SettingsStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TenantTx tx;

  public SettingsStore(TenantTx tx) {
    this.tx = tx;
  }

  /** The fields {@code section} sets explicitly (empty when it sets none). */
  public ObjectNode read(UUID ws, String section) {
    return tx.call(ws, h -> read(h, ws, section, false));
  }

  /**
   * Applies {@code change} to the section's stored fields under a row lock and writes the result,
   * audited in the same transaction; an exception from {@code change} rolls everything back.
   */
  public ObjectNode update(UUID ws, String section, Consumer<ObjectNode> change, AuditRecord audit) {
    return tx.call(ws, h -> {
      h.createUpdate("INSERT INTO console.settings (workspace_id, id, section) VALUES (:ws, :id, :section)"
              + " ON CONFLICT (workspace_id, section) DO NOTHING")
          .bind("ws", ws).bind("id", UUID.randomUUID()).bind("section", section).execute();
      ObjectNode body = read(h, ws, section, true);
      change.accept(body);
      h.createUpdate("UPDATE console.settings SET body = CAST(:body AS jsonb), updated_at = now()"
              + " WHERE workspace_id = :ws AND section = :section")
          .bind("body", body.toString()).bind("ws", ws).bind("section", section).execute();
      AuditStore.append(h, ws, new AuditRecord(audit.actor(), audit.action(), "settings:" + section, audit.result(),
          audit.reason(), audit.requestId()));
      return body;
    });
  }

  private static ObjectNode read(Handle h, UUID ws, String section, boolean lock) {
    String text = h.createQuery("SELECT body::text FROM console.settings WHERE workspace_id = :ws"
            + " AND section = :section" + (lock ? " FOR UPDATE" : ""))
        .bind("ws", ws).bind("section", section).mapTo(String.class).findOne().orElse("{}");
    try {
      JsonNode node = JSON.readTree(text);
      return node instanceof ObjectNode ? (ObjectNode) node : JSON.createObjectNode();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored settings of section " + section + " are unreadable", e);
    }
  }
}
