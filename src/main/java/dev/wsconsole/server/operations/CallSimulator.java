package dev.wsconsole.server.operations;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.server.review.ReviewItemDraft;
import dev.wsconsole.server.workspace.DirectoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates realistic inbound and outbound calls with turns (scheduling, refills, results questions,
 * reminders) for development workspaces only, naming the workspace's own services and phone numbers
 * when it has some; every fourth call stays in progress.
 */
public final class CallSimulator {
  /** The simulator writes only where no real patient can be: staging and production are refused. */
  public static final class NotDevelopment extends RuntimeException {
    NotDevelopment(Environment environment) {
      super("Call simulation runs only in development workspaces; this workspace is " + environment.wireName()
          + ".", null, false, false);
    }
  }

  static final double LOW_CONFIDENCE = 0.65;
  private final DirectoryStore directory;
  private final CallStore calls;

  public CallSimulator(DirectoryStore directory, CallStore calls) {
    this.directory = directory;
    this.calls = calls;
  }

  /** Writes {@code count} calls (and their review items) into a development workspace. */
  public CallViews.SimulationResult simulate(UUID ws, int count, long seed) {
    Environment environment = directory.get(ws).orElseThrow().environment();
    if (environment != Environment.DEVELOPMENT) {
      throw new NotDevelopment(environment);
    }
    return generate(ws, count, seed);
  }

  /**
   * The same simulated calls in a workspace of any environment, for the {@code demo} command only: it fills the
   * fictional clinics it has just built (staging and production) and nothing else calls this; the HTTP route
   * uses {@link #simulate}. The calls say {@code source: simulated} like any other (decision 0022).
   */
  public CallViews.SimulationResult simulateInDemoWorkspace(UUID ws, int count, long seed) {
    return generate(ws, count, seed);
  }

  private CallViews.SimulationResult generate(UUID ws, int count, long seed) {
    Random random = new Random(seed);
    String runId = "sim_" + HexFormat.of().toHexDigits(random.nextLong());
    CallStore.References refs = calls.references(ws);
    Instant now = Instant.now();
    List<CallRecord> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CallRecord call = SimulatedCalls.call(ws, random, runId, refs, now.minus(Duration.ofMinutes(3L * (count - i))),
          i % 4 == 3);
      made.add(call);
    }
    int reviews = calls.insertWithReviews(ws, made, CallSimulator::reviews);
    return new CallViews.SimulationResult(runId, made.size(), made.stream().map(CallRecord::id).toList(), reviews);
  }

  /** A finished call whose caller was transcribed with low confidence needs a human to check what was heard. */
  static List<ReviewItemDraft> reviews(CallRecord call) {
    if (call.live()) {
      return List.of();
    }
    return call.turns().stream()
        .filter(t -> t.sttConfidence() != null && t.sttConfidence() < LOW_CONFIDENCE)
        .limit(1)
        .map(t -> new ReviewItemDraft(null, "call", List.of(), call.id(), call.callSid(),
            t.sttConfidence() < 0.6 ? 2 : 1, "low_transcription_confidence",
            Map.of("confidence", t.sttConfidence(), "turn_id", t.id(), "scenario", call.scenario()),
            Map.of("state", t.state(), "user_transcript", t.userTranscript() == null ? "" : t.userTranscript())))
        .toList();
  }
}
