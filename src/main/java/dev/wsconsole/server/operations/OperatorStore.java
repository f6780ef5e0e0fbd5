package dev.wsconsole.server.operations;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The operator roster of a workspace: created, listed, read and changed, each change audited. */
public final class OperatorStore {
  private static final String SELECT = "SELECT o.*, (SELECT c.call_sid FROM console.call_sessions s"
      + " JOIN console.calls c ON c.workspace_id = s.workspace_id AND c.id = s.call_id"
      + " WHERE s.workspace_id = o.workspace_id AND s.operator_id = o.id AND s.status = 'active' LIMIT 1)"
      + " AS active_call_sid FROM console.operators o";
  private final TenantTx tx;

  public OperatorStore(TenantTx tx) {
    this.tx = tx;
  }

  /** A new operator's fields. */
  public record Draft(String name, String email, String phoneNumber, String role, String type,
                      String connectionMethod, List<String> skills) {}

  /** One page of the roster and the total. */
  public record Page(List<OperatorViews.Operator> items, long total) {}

  /** Adds an operator (status offline) and audits it; the Java API the demo data uses too. */
  public OperatorViews.Operator create(UUID ws, Draft d, AuditRecord audit) {
    UUID id = UUID.randomUUID();
    return tx.call(ws, h -> {
      h.createUpdate("INSERT INTO console.operators (workspace_id, id, user_id, display_name, email, phone_number,"
              + " role, operator_type, connection_method, skills, last_status_change) VALUES (:ws, :id, :user, :name,"
              + " :email, :phone, :role, :type, :conn, CAST(:skills AS jsonb), now())")
          .bind("ws", ws).bind("id", id).bind("user", memberWithEmail(h, ws, d.email()))
          .bind("name", d.name()).bind("email", d.email())
          .bind("phone", d.phoneNumber()).bind("role", d.role()).bind("type", d.type())
          .bind("conn", d.connectionMethod()).bind("skills", OperationsJson.write(d.skills())).execute();
      OperatorActionStore.record(h, ws, id, "operator.create", null, Map.of("name", d.name()), audit);
      return get(h, ws, id).orElseThrow();
    });
  }

  public Page list(UUID ws, int limit, int offset) {
    return tx.call(ws, h -> new Page(h.createQuery(SELECT + " WHERE o.workspace_id = :ws"
            + " ORDER BY o.display_name, o.id LIMIT :limit OFFSET :offset")
        .bind("ws", ws).bind("limit", limit).bind("offset", offset).map(OperatorStore::map).list(),
        h.createQuery("SELECT count(*) FROM console.operators WHERE workspace_id = :ws").bind("ws", ws)
            .mapTo(Long.class).one()));
  }

  public Optional<OperatorViews.Operator> get(UUID ws, UUID id) {
    return tx.call(ws, h -> get(h, ws, id));
  }

  static Optional<OperatorViews.Operator> get(Handle h, UUID ws, UUID id) {
    return h.createQuery(SELECT + " WHERE o.workspace_id = :ws AND o.id = :id").bind("ws", ws).bind("id", id)
        .map(OperatorStore::map).findOne();
  }

  /** Changes the given columns (already validated, column name to value); empty when no such operator. */
  public Optional<OperatorViews.Operator> update(UUID ws, UUID id, Map<String, Object> columns, AuditRecord audit) {
    return tx.call(ws, h -> {
      if (get(h, ws, id).isEmpty()) {
        return Optional.empty();
      }
      for (Map.Entry<String, Object> c : columns.entrySet()) {
        String value = c.getKey().equals("skills") ? "CAST(:v AS jsonb)" : ":v";
        String statusChange = c.getKey().equals("status") ? ", last_status_change = now()" : "";
        Object bound = c.getKey().equals("skills") ? OperationsJson.write(c.getValue()) : c.getValue();
        h.createUpdate("UPDATE console.operators SET " + c.getKey() + " = " + value + ", updated_at = now()"
                + statusChange + " WHERE workspace_id = :ws AND id = :id")
            .bind("v", bound).bind("ws", ws).bind("id", id).execute();
      }
      if (columns.containsKey("email")) {
        h.createUpdate("UPDATE console.operators SET user_id = :user WHERE workspace_id = :ws AND id = :id")
            .bind("user", memberWithEmail(h, ws, (String) columns.get("email"))).bind("ws", ws).bind("id", id)
            .execute();
      }
      OperatorActionStore.record(h, ws, id, "operator.update", null, Map.of("fields", List.copyOf(columns.keySet())),
          audit);
      return get(h, ws, id);
    });
  }

  /**
   * The account an operator record with this email belongs to: the workspace member whose account has that
   * email (case aside), or null (then only those who may act as any operator can act as it).
   */
  static UUID memberWithEmail(Handle h, UUID ws, String email) {
    if (email == null) {
      return null;
    }
    return h.createQuery("SELECT u.id FROM app.users_by_ids(ARRAY(SELECT m.user_id FROM console.memberships m"
            + " WHERE m.workspace_id = :ws)) u WHERE lower(u.email) = lower(:email) LIMIT 1")
        .bind("ws", ws).bind("email", email).mapTo(UUID.class).findOne().orElse(null);
  }

  static OperatorViews.Operator map(ResultSet rs, StatementContext ctx) throws SQLException {
    int handled = rs.getInt("total_escalations_handled");
    return new OperatorViews.Operator(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("display_name"), rs.getString("email"), rs.getString("phone_number"), rs.getString("role"),
        rs.getString("operator_type"), rs.getString("connection_method"),
        OperationsJson.read(rs.getString("skills"), new TypeReference<List<String>>() { }), rs.getString("status"),
        rs.getString("active_call_sid"), handled,
        handled == 0 ? 0 : rs.getDouble("total_handle_seconds") / handled, CallStore.instant(rs, "last_call_at"),
        CallStore.instant(rs, "last_status_change"), CallStore.instant(rs, "created_at"),
        CallStore.instant(rs, "updated_at"));
  }

}
