package dev.wsconsole.server.operations;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.review.ReviewItemDraft;
import dev.wsconsole.server.review.ReviewItemStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** A workspace's calls: written whole (with their turns), listed with the contract's filters, read one by one. */
public final class CallStore {
  static final String COLUMNS = "c.id, c.workspace_id, c.call_sid, c.caller, c.service_id, c.phone_number_id,"
      + " p.phone_number AS phone_e164, c.direction, c.status, c.source, c.run_id, c.scenario, c.current_state,"
      + " c.final_state, c.completion_reason, c.quality_score, c.risk_score, c.states_visited::text AS states,"
      + " c.turns::text AS turns_json, c.started_at, c.ended_at";
  static final String FROM = " FROM console.calls c LEFT JOIN console.phone_numbers p"
      + " ON p.workspace_id = c.workspace_id AND p.id = c.phone_number_id";
  private static final String DURATION = "EXTRACT(EPOCH FROM (coalesce(c.ended_at, now()) - c.started_at))";
  private final TenantTx tx;

  public CallStore(TenantTx tx) {
    this.tx = tx;
  }

  /** One page of calls, newest first, and the total matching. */
  public record Page(List<CallRecord> items, long total) {}

  /** Services and phone numbers of the workspace a generated call may reference. */
  public record References(List<UUID> serviceIds, List<UUID> phoneNumberIds) {}

  /** Writes the calls in one transaction. */
  public void insert(UUID ws, List<CallRecord> calls) {
    tx.run(ws, h -> calls.forEach(c -> insert(h, ws, c)));
  }

  /** Writes the calls and the review items they raise (the simulator's doubtful outcomes) in one transaction. */
  public int insertWithReviews(UUID ws, List<CallRecord> calls,
                               java.util.function.Function<CallRecord, List<ReviewItemDraft>> reviews) {
    return tx.call(ws, h -> {
      int created = 0;
      for (CallRecord c : calls) {
        insert(h, ws, c);
        for (ReviewItemDraft draft : reviews.apply(c)) {
          ReviewItemStore.insert(h, ws, draft);
          created++;
        }
      }
      return created;
    });
  }

  static void insert(Handle h, UUID ws, CallRecord c) {
    h.createUpdate("INSERT INTO console.calls (workspace_id, id, service_id, phone_number_id, direction, status,"
            + " caller, turns, started_at, ended_at, call_sid, source, run_id, scenario, current_state, final_state,"
            + " completion_reason, quality_score, risk_score, states_visited) VALUES (:ws, :id, :service, :number,"
            + " :direction, :status, :caller, CAST(:turns AS jsonb), :started, :ended, :sid, :source, :run, :scenario,"
            + " :state, :final, :reason, :quality, :risk, CAST(:states AS jsonb))")
        .bind("ws", ws).bind("id", c.id()).bind("service", c.serviceId()).bind("number", c.phoneNumberId())
        .bind("direction", c.direction()).bind("status", c.status()).bind("caller", c.caller())
        .bind("turns", OperationsJson.write(c.turns())).bind("started", OperationsJson.utc(c.startedAt()))
        .bind("ended", OperationsJson.utc(c.endedAt())).bind("sid", c.callSid()).bind("source", c.source())
        .bind("run", c.runId()).bind("scenario", c.scenario()).bind("state", c.currentState())
        .bind("final", c.finalState()).bind("reason", c.completionReason()).bind("quality", c.qualityScore())
        .bind("risk", c.riskScore()).bind("states", OperationsJson.write(c.statesVisited()))
        .execute();
  }

  public Page list(UUID ws, CallFilter f, int limit, int offset) {
    return tx.call(ws, h -> {
      List<Object> params = new ArrayList<>();
      String where = where(ws, f, params);
      Query q = h.createQuery("SELECT " + COLUMNS + FROM + where
          + " ORDER BY c.started_at DESC, c.id LIMIT " + limit + " OFFSET " + offset);
      Query count = h.createQuery("SELECT count(*)" + FROM + where);
      for (int i = 0; i < params.size(); i++) {
        q.bind(i, params.get(i));
        count.bind(i, params.get(i));
      }
      return new Page(q.map(CallStore::map).list(), count.mapTo(Long.class).one());
    });
  }

  private static String where(UUID ws, CallFilter f, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE c.workspace_id = ?");
    params.add(ws);
    add(sql, params, " AND c.started_at >= ?", f.dateFrom() == null ? null
        : f.dateFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
    add(sql, params, " AND c.started_at < ?", f.dateTo() == null ? null
        : f.dateTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    add(sql, params, " AND c.status = ?", f.status());
    add(sql, params, " AND c.direction = ?", f.direction());
    add(sql, params, " AND " + DURATION + " >= ?", f.minDuration());
    add(sql, params, " AND " + DURATION + " <= ?", f.maxDuration());
    add(sql, params, " AND c.service_id = ?", f.serviceId());
    if (!f.includeSimulated()) {
      sql.append(" AND c.source <> 'simulated' AND c.direction <> 'simulated'");
    }
    return sql.toString();
  }

  private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }

  /** The call with this id (a UUID's text) or this call SID. */
  public Optional<CallRecord> find(UUID ws, String idOrSid) {
    return tx.call(ws, h -> find(h, ws, idOrSid));
  }

  static Optional<CallRecord> find(Handle h, UUID ws, String idOrSid) {
    return h.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.workspace_id = :ws"
            + " AND (c.call_sid = :key OR c.id::text = :key) ORDER BY c.started_at DESC LIMIT 1")
        .bind("ws", ws).bind("key", idOrSid).map(CallStore::map).findOne();
  }

  /** Calls still in progress, oldest first (the longest waiting on top). */
  public List<CallRecord> live(UUID ws) {
    return tx.call(ws, h -> h.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.workspace_id = :ws"
            + " AND c.ended_at IS NULL AND c.status IN ('in-progress', 'ringing') ORDER BY c.started_at, c.id")
        .bind("ws", ws).map(CallStore::map).list());
  }

  /** The operators who joined the call, as participants. */
  public List<CallViews.Participant> operatorsOn(UUID ws, UUID callId) {
    return tx.call(ws, h -> h.createQuery("SELECT s.operator_id, o.display_name, s.started_at, s.ended_at"
            + " FROM console.call_sessions s JOIN console.operators o ON o.workspace_id = s.workspace_id"
            + " AND o.id = s.operator_id WHERE s.workspace_id = :ws AND s.call_id = :call ORDER BY s.started_at")
        .bind("ws", ws).bind("call", callId)
        .map((rs, ctx) -> new CallViews.Participant(rs.getObject(1, UUID.class).toString(), "operator",
            rs.getString(2), null, instant(rs, "started_at"), instant(rs, "ended_at")))
        .list());
  }

  /** The services and numbers a simulated call may name (at most 50 of each). */
  public References references(UUID ws) {
    return tx.call(ws, h -> new References(
        h.createQuery("SELECT id FROM console.services WHERE workspace_id = :ws ORDER BY id LIMIT 50")
            .bind("ws", ws).mapTo(UUID.class).list(),
        h.createQuery("SELECT id FROM console.phone_numbers WHERE workspace_id = :ws ORDER BY id LIMIT 50")
            .bind("ws", ws).mapTo(UUID.class).list()));
  }

  static CallRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CallRecord(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("call_sid"), rs.getString("caller"), rs.getObject("service_id", UUID.class),
        rs.getObject("phone_number_id", UUID.class), rs.getString("phone_e164"), rs.getString("direction"),
        rs.getString("status"), rs.getString("source"), rs.getString("run_id"), rs.getString("scenario"),
        rs.getString("current_state"), rs.getString("final_state"), rs.getString("completion_reason"),
        (Double) rs.getObject("quality_score"), (Double) rs.getObject("risk_score"),
        OperationsJson.read(rs.getString("states"), new TypeReference<List<String>>() { }),
        OperationsJson.read(rs.getString("turns_json"), new TypeReference<List<CallViews.Turn>>() { }),
        instant(rs, "started_at"), instant(rs, "ended_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
