package dev.wsconsole.server.operations;

import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.db.TenantTx;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * An operator's participation in calls: join, leave, switch mode, guidance, wrap-up. Each runs in one
 * transaction that locks the operator row (so two joins of one operator serialise), checks the state
 * rules (409 with a clear detail) and records the action. {@code boundTo} is the account the operator record
 * must be bound to for the caller to act as it, or null when the caller may act as any operator.
 */
public final class OperatorSessionStore {
  private final TenantTx tx;

  public OperatorSessionStore(TenantTx tx) {
    this.tx = tx;
  }

  /** Joins a live call; an operator on another call, or a call that ended, is a 409. */
  public OperatorViews.Joined join(UUID ws, UUID op, UUID boundTo, String callSid, String mode,
                                  AuditRecord audit) {
    return tx.call(ws, h -> {
      lockOperator(h, ws, op, boundTo);
      CallRecord call = CallStore.find(h, ws, callSid).orElseThrow(() -> DomainException.notFound("Call not found"));
      if (!call.live()) {
        throw DomainException.conflict("Call " + call.callSid() + " has ended; only a live call can be joined.");
      }
      h.createQuery("SELECT c.call_sid FROM console.call_sessions s JOIN console.calls c ON c.workspace_id ="
              + " s.workspace_id AND c.id = s.call_id WHERE s.workspace_id = :ws AND s.operator_id = :op"
              + " AND s.status = 'active'").bind("ws", ws).bind("op", op).mapTo(String.class).findOne()
          .ifPresent(sid -> {
            throw DomainException.conflict("Operator is already on call " + sid + "; leave it before joining another.");
          });
      UUID session = UUID.randomUUID();
      h.createUpdate("INSERT INTO console.call_sessions (workspace_id, id, call_id, operator_id, mode, status)"
              + " VALUES (:ws, :id, :call, :op, :mode, 'active')")
          .bind("ws", ws).bind("id", session).bind("call", call.id()).bind("op", op).bind("mode", mode).execute();
      status(h, ws, op, "busy");
      OperatorActionStore.record(h, ws, op, "operator.join_call", call.callSid(), Map.of("mode", mode), audit);
      return new OperatorViews.Joined("OP" + session.toString().replace("-", ""), "CF" + call.id().toString()
          .replace("-", ""), mode, op);
    });
  }

  /** Leaves the call the operator is on. */
  public void leave(UUID ws, UUID op, UUID boundTo, String callSid, AuditRecord audit) {
    tx.run(ws, h -> {
      UUID session = activeSession(h, ws, op, boundTo, callSid, "leave it");
      h.createUpdate("UPDATE console.call_sessions SET status = 'left', ended_at = now()"
          + " WHERE workspace_id = :ws AND id = :id").bind("ws", ws).bind("id", session).execute();
      status(h, ws, op, "online");
      OperatorActionStore.record(h, ws, op, "operator.leave_call", callSid, Map.of(), audit);
    });
  }

  /** Switches between listening and taking over the joined call. */
  public void switchMode(UUID ws, UUID op, UUID boundTo, String callSid, String mode, AuditRecord audit) {
    tx.run(ws, h -> {
      UUID session = activeSession(h, ws, op, boundTo, callSid, "switch mode");
      h.createUpdate("UPDATE console.call_sessions SET mode = :mode WHERE workspace_id = :ws AND id = :id")
          .bind("mode", mode).bind("ws", ws).bind("id", session).execute();
      OperatorActionStore.record(h, ws, op, "operator.switch_mode", callSid, Map.of("mode", mode), audit);
    });
  }

  /** Whispers guidance to the agent on the joined call. */
  public void guide(UUID ws, UUID op, UUID boundTo, String callSid, String message, AuditRecord audit) {
    tx.run(ws, h -> {
      UUID session = activeSession(h, ws, op, boundTo, callSid, "send guidance");
      h.createUpdate("UPDATE console.call_sessions SET guidance_count = guidance_count + 1"
          + " WHERE workspace_id = :ws AND id = :id").bind("ws", ws).bind("id", session).execute();
      OperatorActionStore.record(h, ws, op, "operator.send_guidance", callSid, Map.of("message", message), audit);
    });
  }

  /** Closes the operator's session on a call they joined (active or left) with its outcome. */
  public void wrapUp(UUID ws, UUID op, UUID boundTo, String callSid, String outcome, String notes,
                     AuditRecord audit) {
    tx.run(ws, h -> {
      lockOperator(h, ws, op, boundTo);
      UUID session = h.createQuery("SELECT s.id FROM console.call_sessions s JOIN console.calls c"
              + " ON c.workspace_id = s.workspace_id AND c.id = s.call_id WHERE s.workspace_id = :ws"
              + " AND s.operator_id = :op AND c.call_sid = :sid AND s.status IN ('active', 'left')"
              + " ORDER BY s.started_at DESC LIMIT 1")
          .bind("ws", ws).bind("op", op).bind("sid", callSid).mapTo(UUID.class).findOne()
          .orElseThrow(() -> DomainException.conflict("Operator has not joined call " + callSid
              + " (or already wrapped it up); only a joined call can be wrapped up."));
      double seconds = h.createQuery("UPDATE console.call_sessions SET status = 'wrapped_up', outcome = :outcome,"
              + " notes = :notes, ended_at = coalesce(ended_at, now()) WHERE workspace_id = :ws AND id = :id"
              + " RETURNING EXTRACT(EPOCH FROM (ended_at - started_at))::float8")
          .bind("outcome", outcome).bind("notes", notes).bind("ws", ws).bind("id", session)
          .mapTo(Double.class).one();
      h.createUpdate("UPDATE console.operators SET total_escalations_handled = total_escalations_handled + 1,"
              + " total_handle_seconds = total_handle_seconds + :secs, last_call_at = now()"
              + " WHERE workspace_id = :ws AND id = :op").bind("secs", seconds).bind("ws", ws).bind("op", op)
          .execute();
      status(h, ws, op, "online");
      OperatorActionStore.record(h, ws, op, "operator.wrap_up", callSid, Map.of("outcome", outcome), audit);
    });
  }

  /**
   * Locks the operator row and checks who may act as it: with {@code boundTo} set, only a record bound to
   * that account (403 otherwise); null means the caller may act as any operator (decision 0034).
   */
  private static void lockOperator(Handle h, UUID ws, UUID op, UUID boundTo) {
    Optional<Optional<UUID>> found = h.createQuery("SELECT user_id FROM console.operators WHERE workspace_id = :ws"
            + " AND id = :op FOR UPDATE").bind("ws", ws).bind("op", op)
        .map((rs, ctx) -> Optional.ofNullable(rs.getObject("user_id", UUID.class))).findOne();
    if (found.isEmpty()) {
      throw DomainException.notFound("Operator not found");
    }
    OperatorRules.requireBound(found.get(), boundTo);
  }

  private static UUID activeSession(Handle h, UUID ws, UUID op, UUID boundTo, String callSid, String what) {
    lockOperator(h, ws, op, boundTo);
    return h.createQuery("SELECT s.id FROM console.call_sessions s JOIN console.calls c ON c.workspace_id ="
            + " s.workspace_id AND c.id = s.call_id WHERE s.workspace_id = :ws AND s.operator_id = :op"
            + " AND c.call_sid = :sid AND s.status = 'active'")
        .bind("ws", ws).bind("op", op).bind("sid", callSid).mapTo(UUID.class).findOne()
        .orElseThrow(() -> DomainException.conflict("Operator has not joined call " + callSid + "; join it before"
            + " trying to " + what + "."));
  }

  private static void status(Handle h, UUID ws, UUID op, String status) {
    h.createUpdate("UPDATE console.operators SET status = :status, last_status_change = now(), updated_at = now()"
        + " WHERE workspace_id = :ws AND id = :op").bind("status", status).bind("ws", ws).bind("op", op).execute();
  }
}
