package dev.wsconsole.server.service;

import dev.wsconsole.model.wire.ServiceRequests.VersionSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Checks, inside a service write's transaction, that everything the service points at exists in the
 * same workspace: a live agent, a live context graph, and every version a version set pins. Another
 * workspace's id looks exactly like an unknown one.
 */
final class ServiceReferenceStore {
  private ServiceReferenceStore() {}

  /** A field names something that does not exist in this workspace. */
  static final class MissingReferenceException extends RuntimeException {
    MissingReferenceException(String detail) {
      super(detail);
    }
  }

  static void check(Handle h, UUID ws, ServiceDraft d) {
    live(h, ws, "console.agents", d.agentId(), "Agent", "agent_id");
    live(h, ws, "console.context_graphs", d.contextGraphId(), "Context graph", "context_graph_id");
    for (Map.Entry<String, VersionSet> e : new TreeMap<>(d.versionSets()).entrySet()) {
      String at = "version_sets." + e.getKey() + ".";
      VersionSet v = e.getValue();
      version(h, ws, "console.agent_versions", "agent_id", d.agentId(), v.agentVersionNumber(), "Agent version",
          at + "agent_version_number");
      version(h, ws, "console.context_graph_versions", "context_graph_id", d.contextGraphId(),
          v.contextGraphVersionNumber(), "Context graph version", at + "context_graph_version_number");
    }
  }

  private static void live(Handle h, UUID ws, String table, UUID id, String what, String field) {
    boolean found = h.createQuery("SELECT EXISTS (SELECT 1 FROM " + table
            + " WHERE workspace_id = :ws AND id = :id AND deleted_at IS NULL)")
        .bind("ws", ws).bind("id", id).mapTo(Boolean.class).one();
    if (!found) {
      throw new MissingReferenceException(what + " not found: " + field + " " + id
          + " names no " + what.toLowerCase(java.util.Locale.ROOT) + " in this workspace");
    }
  }

  private static void version(Handle h, UUID ws, String table, String parentColumn, UUID parent, Integer number,
                              String what, String field) {
    if (number == null) {
      return;
    }
    boolean found = h.createQuery("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE workspace_id = :ws AND "
            + parentColumn + " = :parent AND version = :version)")
        .bind("ws", ws).bind("parent", parent).bind("version", number).mapTo(Boolean.class).one();
    if (!found) {
      throw new MissingReferenceException(what + " not found: " + field + " pins version " + number
          + ", which does not exist");
    }
  }
}
