package dev.wsconsole.server.operations;

import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The operator audit log: every operator action, written in the action's own transaction, read newest first. */
public final class OperatorActionStore {
  private final TenantTx tx;

  public OperatorActionStore(TenantTx tx) {
    this.tx = tx;
  }

  /** One page of the log and the total. */
  public record Page(List<OperatorViews.AuditEvent> items, long total) {}

  /** Appends the action to the operator log and to the workspace's hash-chained audit log. */
  static void record(Handle h, UUID ws, UUID operator, String action, String callSid, Map<String, Object> data,
                     AuditRecord audit) {
    h.createUpdate("INSERT INTO console.operator_actions (workspace_id, id, operator_id, action, call_sid, data,"
            + " actor) VALUES (:ws, :id, :op, :action, :sid, CAST(:data AS jsonb), :actor)")
        .bind("ws", ws).bind("id", UUID.randomUUID()).bind("op", operator).bind("action", action)
        .bind("sid", callSid).bind("data", OperationsJson.write(data))
        .bind("actor", OperationsJson.write(audit.actor())).execute();
    AuditStore.append(h, ws, new AuditRecord(audit.actor(), action, "operator:" + operator
        + (callSid == null ? "" : " call:" + callSid), audit.result(), audit.reason(), audit.requestId()));
  }

  public Page list(UUID ws, UUID operator, String action, int limit, int offset) {
    return tx.call(ws, h -> {
      String where = " WHERE workspace_id = :ws" + (operator == null ? "" : " AND operator_id = :op")
          + (action == null ? "" : " AND action = :action");
      Query items = h.createQuery("SELECT * FROM console.operator_actions" + where
          + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset").bind("limit", limit).bind("offset", offset);
      Query count = h.createQuery("SELECT count(*) FROM console.operator_actions" + where);
      for (Query q : List.of(items, count)) {
        q.bind("ws", ws);
        if (operator != null) {
          q.bind("op", operator);
        }
        if (action != null) {
          q.bind("action", action);
        }
      }
      return new Page(items.map((rs, ctx) -> new OperatorViews.AuditEvent(rs.getObject("id", UUID.class), ws,
              rs.getString("action"), data(rs.getObject("operator_id", UUID.class), rs.getString("call_sid"),
              rs.getString("data")), "operator_console", CallStore.instant(rs, "created_at"),
              CallStore.instant(rs, "created_at"))).list(),
          count.mapTo(Long.class).one());
    });
  }

  private static Map<String, Object> data(UUID operator, String callSid, String json) {
    Map<String, Object> out = new java.util.LinkedHashMap<>(
        OperationsJson.read(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
    out.put("operator_id", operator.toString());
    if (callSid != null) {
      out.put("call_sid", callSid);
    }
    return out;
  }
}
