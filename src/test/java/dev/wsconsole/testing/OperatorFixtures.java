package dev.wsconsole.testing;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.operations.OperatorSessionStore;
import dev.wsconsole.server.operations.OperatorStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operators and joined calls written through the stores, for examples and tests that need them ready. */
public final class OperatorFixtures {
  /** An operator on a live call. */
  public record OnCall(UUID operator, String callSid) {}

  private OperatorFixtures() {}

  /** A fresh operator record bound to no account (its email is no member's). */
  public static UUID operator(TestApi api, UUID ws) {
    return operator(api, ws, "nurse@example.org");
  }

  /**
   * A fresh operator record with {@code email}: bound to the workspace member with that account email, if any
   * (null: a record bound to no one).
   */
  public static UUID operator(TestApi api, UUID ws, String email) {
    return new OperatorStore(api.backend.tx()).create(ws, new OperatorStore.Draft("Nurse " + UUID.randomUUID()
        .toString().substring(0, 6), email == null ? "nurse@example.org" : email, null, "operator", "clinical",
        "browser", List.of("triage")), audit()).id();
  }

  /** A fresh operator who joined a fresh live call in listen mode. */
  public static OnCall onCall(TestApi api, UUID ws) {
    return onCall(api, ws, null);
  }

  /** A fresh operator record with {@code email} (see {@link #operator(TestApi, UUID, String)}) on a fresh live call. */
  public static OnCall onCall(TestApi api, UUID ws, String email) {
    UUID op = operator(api, ws, email);
    String sid = CallFixtures.call(api, ws, true).callSid();
    new OperatorSessionStore(api.backend.tx()).join(ws, op, null, sid, "listen", audit());
    return new OnCall(op, sid);
  }

  private static AuditRecord audit() {
    return AuditRecord.allowed(Map.of("type", "test"), "fixture", "", "test");
  }
}
