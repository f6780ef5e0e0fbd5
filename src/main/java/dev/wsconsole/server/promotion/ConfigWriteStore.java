package dev.wsconsole.server.promotion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Writes promoted settings, safety configuration, monitor concepts and phone routing in the target's transaction. */
final class ConfigWriteStore {
  private ConfigWriteStore() {}

  /** Replaces a settings section, keeping the target's own legal hold (never promoted). */
  static void section(Handle h, UUID ws, String section, ObjectNode body) {
    h.createUpdate("INSERT INTO console.settings AS s (workspace_id, id, section, body)"
            + " VALUES (:ws, :id, :section, CAST(:body AS jsonb)) ON CONFLICT (workspace_id, section) DO UPDATE"
            + " SET body = EXCLUDED.body || jsonb_strip_nulls(jsonb_build_object('legal_hold', s.body -> 'legal_hold',"
            + " 'legal_hold_reason', s.body -> 'legal_hold_reason')), updated_at = now()")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("section", section).bind("body", body.toString())
        .execute();
  }

  static void safety(Handle h, UUID ws, ObjectNode body) {
    h.createUpdate("INSERT INTO console.safety_config AS c (workspace_id, id, body) VALUES (:ws, :id,"
            + " CAST(:body AS jsonb)) ON CONFLICT (workspace_id) DO UPDATE SET body = EXCLUDED.body,"
            + " updated_at = now()")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("body", body.toString()).execute();
  }

  static void addConcept(Handle h, UUID ws, String name) {
    h.createUpdate("INSERT INTO console.monitor_concepts (workspace_id, id, name) VALUES (:ws, :id, :name)")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("name", name).execute();
  }

  static void writeConcept(Handle h, UUID ws, String name, ObjectNode c) {
    List<String> tags = new ArrayList<>();
    c.path("tags").forEach(t -> tags.add(t.asText()));
    h.createUpdate("UPDATE console.monitor_concepts SET description = :description, threshold = :threshold,"
            + " standalone_threshold = :standalone, tags = :tags, escalation = CAST(:escalation AS jsonb),"
            + " agent_config = CAST(:agent AS jsonb), template_id = :template, is_active = :active, updated_at = now()"
            + " WHERE workspace_id = :ws AND name = :name")
        .bind("description", c.path("description").asText("")).bind("threshold", c.path("threshold").asDouble())
        .bind("standalone", c.path("standalone_threshold").asDouble()).bind("tags", tags.toArray(new String[0]))
        .bind("escalation", c.path("escalation").toString()).bind("agent", c.path("agent_config").toString())
        .bind("template", c.path("template_id").asText(null))
        .bind("active", c.path("is_active").asBoolean(true)).bind("ws", ws).bind("name", name).execute();
  }

  static void removeConcept(Handle h, UUID ws, String name) {
    h.createUpdate("DELETE FROM console.monitor_concepts WHERE workspace_id = :ws AND name = :name")
        .bind("ws", ws).bind("name", name).execute();
  }

  /** Points a target number at the target's service of that name (null: at none). */
  static void route(Handle h, UUID ws, UUID number, String serviceName) {
    h.createUpdate("UPDATE console.phone_numbers SET inbound_service_id = (SELECT id FROM console.services"
            + " WHERE workspace_id = :ws AND name = :service), updated_at = now()"
            + " WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("service", serviceName).bind("id", number).execute();
  }
}
