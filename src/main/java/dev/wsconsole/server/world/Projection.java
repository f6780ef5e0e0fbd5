package dev.wsconsole.server.world;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An entity's computed state: the winning fact per field plus counters over its whole log. */
public record Projection(Map<String, Fact> fields, long eventCount, Instant firstSeenAt, Instant lastEventAt,
                         String source) {

  /** One field's winning value and where it came from. */
  public record Fact(com.fasterxml.jackson.databind.JsonNode value, float confidence, Instant ingestedAt,
                     UUID eventId) {}

  public static Projection empty() {
    return new Projection(Map.of(), 0, null, null, "");
  }

  /** Mean confidence of the winning facts, 0 when there are none. */
  public float confidence() {
    return (float) fields.values().stream().mapToDouble(Fact::confidence).average().orElse(0);
  }
}
