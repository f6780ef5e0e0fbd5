package dev.wsconsole.testing;

import dev.wsconsole.model.Environment;
import dev.wsconsole.server.operations.CallRecord;
import dev.wsconsole.server.operations.CallViews;
import dev.wsconsole.server.workspace.DirectoryStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls, operators and review items for tests, written through the real stores. */
public final class OperationsFixtures {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private OperationsFixtures() {}

  /** A real (not simulated) inbound call of {@code ws} with two turns; {@code live} keeps it in progress. */
  public static CallRecord call(TestApi api, UUID ws, boolean live) {
    Instant start = Instant.now().minusSeconds(120);
    List<CallViews.Turn> turns = List.of(
        new CallViews.Turn("t1", "caller", "I need a refill.", "Which pharmacy?", null, "greeting", "calm", 0.2,
            0.93, false, "user_utterance", start),
        new CallViews.Turn("t2", "caller", "Walgreens on Main.", "Sent.", "request_refill", "confirm", "calm", 0.3,
            0.41, false, "user_utterance", start.plusSeconds(20)));
    String sid = "CAtest" + NEXT.incrementAndGet() + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    CallRecord call = new CallRecord(UUID.randomUUID(), ws, sid, "+14155550100", null, null, null, "inbound",
        live ? "in-progress" : "completed", "real", null, "prescription_refill", "confirm", live ? null : "confirm",
        live ? null : "completed", live ? null : 0.9, 0.2, List.of("greeting", "confirm"), turns, start,
        live ? null : start.plusSeconds(60));
    api.backend.calls.insert(ws, List.of(call));
    return call;
  }

  /** Sets the workspace's environment directly (the simulator's guard reads it). */
  public static void environment(TestApi api, UUID ws, Environment environment) {
    api.backend.directory.update(ws, new DirectoryStore.Change(null, null, environment, false, false, null));
  }

  /** How many calls {@code ws} holds. */
  public static long callCount(TestApi api, UUID ws) {
    return api.backend.tx.call(ws, h -> h.createQuery("SELECT count(*) FROM console.calls WHERE workspace_id = :ws")
        .bind("ws", ws).mapTo(Long.class).one());
  }
}
