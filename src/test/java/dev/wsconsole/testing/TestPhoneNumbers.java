package dev.wsconsole.testing;

import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.server.audit.AuditRecord;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixtures for phone numbers and the services they route to, made directly through the stores. */
public final class TestPhoneNumbers {
  private static final AtomicLong NEXT = new AtomicLong(1_000_000);

  private TestPhoneNumbers() {}

  /** A valid E.164 number no other call of this method returns (in the 555 fictional range). */
  public static String fresh() {
    return "+1555" + NEXT.incrementAndGet();
  }

  /** A service of {@code ws}, inserted as console_app inside the workspace's transaction. */
  public static UUID service(TestApi api, UUID ws, String name) {
    UUID id = UUID.randomUUID();
    api.backend.tx().run(ws, h -> h.createUpdate("INSERT INTO console.services (workspace_id, id, name)"
            + " VALUES (:ws, :id, :name)")
        .bind("ws", ws).bind("id", id).bind("name", name).execute());
    return id;
  }

  /** A registered number of {@code ws}, made through the store (claimed on the platform like any other). */
  public static PhoneNumber number(TestApi api, UUID ws, String e164) {
    PhoneNumber draft = new PhoneNumber(UUID.randomUUID(), ws, e164, "", "twilio", List.of("inbound", "outbound"),
        "active", null, null, "", null, null, null);
    return api.backend.phoneNumbers().create(ws, draft,
        AuditRecord.allowed(Map.of("kind", "test"), "phone_number.create", "", "test"));
  }

  /** The actions of {@code ws}'s audit log, oldest first. */
  public static List<String> auditActions(TestApi api, UUID ws) {
    return api.backend.tx().call(ws, h -> h.createQuery("SELECT action FROM console.audit_events"
        + " WHERE workspace_id = :ws ORDER BY seq").bind("ws", ws).mapTo(String.class).list());
  }
}
