package dev.wsconsole.testing;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.server.operations.CallRecord;
import dev.wsconsole.server.operations.CallStore;
import dev.wsconsole.server.workspace.DirectoryStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Calls written straight through the store (any environment) and environment switches for simulator examples. */
public final class CallFixtures {
  private CallFixtures() {}

  /** A completed inbound call of two turns; {@code live} leaves it in progress. */
  public static CallRecord call(TestApi api, UUID ws, boolean live) {
    Instant start = Instant.now().minusSeconds(90);
    List<CallViews.Turn> turns = List.of(
        new CallViews.Turn("t1", "caller", "I need a refill.", "Which medication?", null, "greeting", "calm", 0.2,
            0.9, false, "user_utterance", start),
        new CallViews.Turn("t2", "caller", "Lisinopril.", "Sent to your care team.", "request_refill", "confirm",
            "calm", 0.3, 0.4, false, "user_utterance", start.plusSeconds(20)));
    CallRecord call = new CallRecord(UUID.randomUUID(), ws, "CA" + UUID.randomUUID().toString().replace("-", ""),
        "+14155550100", null, null, null, "inbound", live ? "in-progress" : "completed", "real", null,
        "prescription_refill", "confirm", live ? null : "confirm", live ? null : "completed", live ? null : 0.8,
        0.1, List.of("greeting", "confirm"), turns, start, live ? null : start.plusSeconds(60));
    new CallStore(api.backend.tx()).insert(ws, List.of(call));
    return call;
  }

  /** Sets the workspace's environment (development lets the simulator run). */
  public static void environment(TestApi api, UUID ws, Environment environment) {
    api.backend.directory().update(ws, new DirectoryStore.Change(null, null, environment, false, false, null));
  }
}
