package dev.wsconsole.server.phone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.CallForwarding;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.db.TenantTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A workspace's phone numbers, each also claimed in the platform-wide registry (through the
 * allow-listed functions app.claim_phone_number / app.release_phone_number) in the same transaction,
 * so a number is registered once on the platform and a failed write leaves no claim behind.
 */
public final class PhoneNumberStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "id, workspace_id, phone_number, display_name, provider, capabilities::text"
      + " AS capabilities, status, inbound_service_id, provider_phone_sid, notes, forwarding::text AS forwarding,"
      + " created_at, updated_at";
  private final TenantTx tx;

  public PhoneNumberStore(TenantTx tx) {
    this.tx = tx;
  }

  /** The number is held already, by this workspace or another (which one is never said). */
  public static final class AlreadyRegistered extends RuntimeException {
    AlreadyRegistered() {
      super("phone number already registered", null, false, false);
    }
  }

  /** The inbound service named is not a service of this workspace. */
  public static final class UnknownService extends RuntimeException {
    UnknownService() {
      super("inbound service not found", null, false, false);
    }
  }

  /** The number still has call history that refers to it. */
  public static final class InUse extends RuntimeException {
    InUse() {
      super("phone number has calls", null, false, false);
    }
  }

  /** One page of numbers and the total. */
  public record Page(List<PhoneNumber> items, long total) {}

  public Page list(UUID ws, String status, int limit, long offset) {
    return tx.call(ws, h -> {
      String where = " WHERE workspace_id = :ws" + (status != null ? " AND status = :status" : "");
      List<PhoneNumber> items = h.createQuery("SELECT " + COLUMNS + " FROM console.phone_numbers" + where
              + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
          .bind("ws", ws).bind("status", status).bind("limit", limit).bind("offset", offset)
          .map(PhoneNumberStore::map).list();
      long total = h.createQuery("SELECT count(*) FROM console.phone_numbers" + where)
          .bind("ws", ws).bind("status", status).mapTo(Long.class).one();
      return new Page(items, total);
    });
  }

  public Optional<PhoneNumber> get(UUID ws, UUID id) {
    return tx.call(ws, h -> find(h, ws, id, false));
  }

  /** Claims the number platform-wide and stores it; throws AlreadyRegistered or UnknownService. */
  public PhoneNumber create(UUID ws, PhoneNumber n, AuditRecord audit) {
    return translated(() -> tx.call(ws, h -> {
      requireService(h, ws, n.inboundServiceId());
      boolean claimed = h.createQuery("SELECT app.claim_phone_number(:e164, :id)")
          .bind("e164", n.phoneNumber()).bind("id", n.id()).mapTo(Boolean.class).one();
      if (!claimed) {
        throw new AlreadyRegistered();
      }
      h.createUpdate("INSERT INTO console.phone_numbers (workspace_id, id, phone_number, display_name, provider,"
              + " capabilities, status, inbound_service_id, provider_phone_sid, notes, forwarding) VALUES (:ws, :id,"
              + " :number, :name, :provider, CAST(:caps AS jsonb), :status, :service, :sid, :notes,"
              + " CAST(:forwarding AS jsonb))")
          .bind("ws", ws).bind("id", n.id()).bind("number", n.phoneNumber()).bind("name", n.displayName())
          .bind("provider", n.provider()).bind("caps", json(n.capabilities())).bind("status", n.status())
          .bind("service", n.inboundServiceId()).bind("sid", n.providerPhoneSid()).bind("notes", n.notes())
          .bind("forwarding", n.forwarding() == null ? null : json(forwardingJson(n.forwarding())))
          .execute();
      AuditStore.append(h, ws, withTarget(audit, n.id()));
      announce(h, ws, "phone_number.created", n.id(), n.phoneNumber());
      return find(h, ws, n.id(), false).orElseThrow();
    }));
  }

  /** Applies {@code change} to the locked row and writes its mutable fields; empty when there is no such number. */
  public Optional<PhoneNumber> update(UUID ws, UUID id, UnaryOperator<PhoneNumber> change, AuditRecord audit) {
    return translated(() -> tx.call(ws, h -> {
      Optional<PhoneNumber> current = find(h, ws, id, true);
      if (current.isEmpty()) {
        return Optional.<PhoneNumber>empty();
      }
      PhoneNumber n = change.apply(current.get());
      if (n.inboundServiceId() != null && !n.inboundServiceId().equals(current.get().inboundServiceId())) {
        requireService(h, ws, n.inboundServiceId());
      }
      h.createUpdate("UPDATE console.phone_numbers SET display_name = :name, provider = :provider,"
              + " capabilities = CAST(:caps AS jsonb), status = :status, inbound_service_id = :service,"
              + " provider_phone_sid = :sid, notes = :notes, forwarding = CAST(:forwarding AS jsonb), updated_at = now()"
              + " WHERE workspace_id = :ws AND id = :id")
          .bind("ws", ws).bind("id", id).bind("name", n.displayName()).bind("provider", n.provider())
          .bind("caps", json(n.capabilities())).bind("status", n.status()).bind("service", n.inboundServiceId())
          .bind("sid", n.providerPhoneSid()).bind("notes", n.notes())
          .bind("forwarding", n.forwarding() == null ? null : json(forwardingJson(n.forwarding())))
          .execute();
      AuditStore.append(h, ws, withTarget(audit, id));
      announce(h, ws, "phone_number.updated", id, n.phoneNumber());
      return find(h, ws, id, false);
    }));
  }

  /** Deletes the number and releases its platform-wide claim in one commit; false when there is no such number. */
  public boolean delete(UUID ws, UUID id, AuditRecord audit) {
    return translated(() -> tx.call(ws, h -> {
      Optional<PhoneNumber> current = find(h, ws, id, true);
      if (current.isEmpty()) {
        return false;
      }
      h.createUpdate("DELETE FROM console.phone_numbers WHERE workspace_id = :ws AND id = :id")
          .bind("ws", ws).bind("id", id).execute();
      h.createQuery("SELECT app.release_phone_number(:e164, :id)")
          .bind("e164", current.get().phoneNumber()).bind("id", id).mapTo(Boolean.class).one();
      AuditStore.append(h, ws, withTarget(audit, id));
      announce(h, ws, "phone_number.deleted", id, current.get().phoneNumber());
      return true;
    }));
  }

  private static void announce(Handle h, UUID ws, String type, UUID id, String e164) {
    dev.wsconsole.server.live.LiveEventStore.publish(h, ws, type,
        java.util.Map.of("phone_number_id", id.toString(), "phone_number", e164));
  }

  private static void requireService(Handle h, UUID ws, UUID service) {
    if (service != null && h.createQuery("SELECT count(*) FROM console.services WHERE workspace_id = :ws AND id = :id")
        .bind("ws", ws).bind("id", service).mapTo(Long.class).one() == 0) {
      throw new UnknownService();
    }
  }

  private static Optional<PhoneNumber> find(Handle h, UUID ws, UUID id, boolean lock) {
    return h.createQuery("SELECT " + COLUMNS + " FROM console.phone_numbers WHERE workspace_id = :ws AND id = :id"
            + (lock ? " FOR UPDATE" : ""))
        .bind("ws", ws).bind("id", id).map(PhoneNumberStore::map).findOne();
  }

  /** Database refusals as the store's own outcomes: never PostgreSQL text towards the client. */
  private static <T> T translated(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (UnableToExecuteStatementException e) {
      String state = e.getCause() instanceof SQLException ? ((SQLException) e.getCause()).getSQLState() : "";
      switch (state) {
        case "23505":
          throw new AlreadyRegistered();
        case "23503":
          throw e.getMessage().contains("inbound_service_id") ? new UnknownService() : new InUse();
        default:
          throw e;
      }
    }
  }

  private static Map<String, Object> forwardingJson(CallForwarding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", f.enabled());
    m.put("forward_to", f.forwardTo());
    m.put("should_disconnect", f.shouldDisconnect());
    return m;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable", e);
    }
  }

  private static AuditRecord withTarget(AuditRecord r, UUID id) {
    return new AuditRecord(r.actor(), r.action(), "phone_number:" + id, r.result(), r.reason(), r.requestId());
  }

  private static PhoneNumber map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new PhoneNumber(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
        rs.getString("phone_number"), rs.getString("display_name"), rs.getString("provider"),
        capabilities(rs.getString("capabilities")), rs.getString("status"),
        rs.getObject("inbound_service_id", UUID.class), rs.getString("provider_phone_sid"), rs.getString("notes"),
        forwarding(rs.getString("forwarding")), ts(rs, "created_at"), ts(rs, "updated_at"));
  }

  private static List<String> capabilities(String text) throws SQLException {
    List<String> out = new ArrayList<>();
    JsonNode node = tree(text);
    if (node != null && node.isArray()) {
      node.forEach(c -> out.add(c.asText()));
    }
    return out;
  }

  private static CallForwarding forwarding(String text) throws SQLException {
    JsonNode node = tree(text);
    if (node == null || !node.isObject() || !node.has("forward_to")) {
      return null;
    }
    return new CallForwarding(node.path("enabled").asBoolean(true), node.get("forward_to").asText(),
        node.path("should_disconnect").asBoolean(true));
  }

  private static JsonNode tree(String text) throws SQLException {
    try {
      return text == null ? null : JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SQLException("stored JSON is unreadable", e);
    }
  }

  private static Instant ts(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
