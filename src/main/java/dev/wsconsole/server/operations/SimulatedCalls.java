package dev.wsconsole.server.operations;

import dev.wsconsole.model.wire.CallViews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Pure construction of one simulated call from a script and a random source (same seed, same call). */
final class SimulatedCalls {
  private static final List<String> EMOTIONS = List.of("neutral", "calm", "anxious", "satisfied", "frustrated");
  private static final List<String> ENDINGS = List.of("completed", "completed", "completed", "caller_hangup",
      "escalated", "transferred");

  private SimulatedCalls() {}

  /** A call of a random scenario started at {@code start}; {@code live} keeps it in progress at its second turn. */
  static CallRecord call(UUID ws, Random random, String runId, CallStore.References refs, Instant start,
                         boolean live) {
    CallScripts.Script script = CallScripts.ALL.get(random.nextInt(CallScripts.ALL.size()));
    List<CallScripts.Line> lines = live ? script.lines().subList(0, 2) : script.lines();
    Instant at = live ? Instant.now().minusSeconds(30 + random.nextInt(400)) : start;
    List<CallViews.Turn> turns = new ArrayList<>();
    List<String> states = new ArrayList<>();
    for (CallScripts.Line line : lines) {
      turns.add(turn(random, line, at));
      states.add(line.state());
      at = at.plusSeconds(12 + random.nextInt(25));
    }
    Instant started = turns.get(0).timestamp();
    String last = states.get(states.size() - 1);
    String ending = live ? null : ENDINGS.get(random.nextInt(ENDINGS.size()));
    double risk = script.scenario().equals("lab_results") ? 0.55 + random.nextDouble() * 0.4 : random.nextDouble() * 0.3;
    return new CallRecord(UUID.randomUUID(), ws, "CA" + hex(random, 2), caller(random), pick(random, refs.serviceIds()),
        pick(random, refs.phoneNumberIds()), null, script.direction(), live ? "in-progress" : "completed", "simulated",
        runId, script.scenario(), last, live ? null : last, ending,
        live ? null : Math.round((0.6 + random.nextDouble() * 0.4) * 100) / 100.0, Math.round(risk * 100) / 100.0,
        states, turns, started, live ? null : at);
  }

  private static CallViews.Turn turn(Random random, CallScripts.Line line, Instant at) {
    double confidence = Math.round((0.55 + random.nextDouble() * 0.44) * 100) / 100.0;
    String emotion = EMOTIONS.get(random.nextInt(EMOTIONS.size()));
    double valence = emotion.equals("anxious") || emotion.equals("frustrated") ? -0.4 - random.nextDouble() * 0.4
        : random.nextDouble() * 0.6;
    return new CallViews.Turn(UUID.randomUUID().toString(), "caller", line.caller(), line.agent(), line.action(),
        line.state(), emotion, Math.round(valence * 100) / 100.0, confidence, random.nextInt(10) == 0,
        "user_utterance", at);
  }

  private static String caller(Random random) {
    return String.format("+1415555%04d", random.nextInt(10_000));
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
  }

  private static String hex(Random random, int longs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < longs; i++) {
      out.append(HexFormat.of().toHexDigits(random.nextLong()));
    }
    return out.toString();
  }
}
