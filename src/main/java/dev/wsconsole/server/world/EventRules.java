package dev.wsconsole.server.world;

import java.util.List;
import java.util.Set;

/** What a new event must satisfy before anything is written: known domain, confidence in 0..1, names and data present. */
public final class EventRules {
  /** The domains an event may belong to. */
  public static final Set<String> DOMAINS = Set.of("clinical", "operational", "administrative", "financial",
      "communication", "scheduling", "identity", "audit", "system");
  /** The most events one append may carry. */
  public static final int MAX_BATCH = 1000;

  private EventRules() {}

  static void check(List<NewEvent> events) {
    if (events.size() > MAX_BATCH) {
      throw new WorldInputException(413, List.of("body", "events"), "At most " + MAX_BATCH
          + " events per request.", "too_large");
    }
    for (int i = 0; i < events.size(); i++) {
      check(i, events.get(i));
    }
  }

  private static void check(int i, NewEvent e) {
    if (e.entityId() == null) {
      throw bad(i, "entity_id", "Field required", "missing");
    }
    text(i, "event_type", e.eventType(), 200);
    text(i, "source", e.source(), 200);
    if (e.domain() == null || !DOMAINS.contains(e.domain())) {
      throw bad(i, "domain", "Input should be one of " + String.join(", ", new java.util.TreeSet<>(DOMAINS)),
          "enum");
    }
    if (!(e.confidence() >= 0 && e.confidence() <= 1)) {
      throw bad(i, "confidence", "Input should be between 0 and 1", "value_error");
    }
    if (e.data() == null) {
      throw bad(i, "data", "Input should be a valid object", "dict_type");
    }
    if (e.idempotencyKey() != null && (e.idempotencyKey().isBlank() || e.idempotencyKey().length() > 200)) {
      throw bad(i, "idempotency_key", "String should have 1 to 200 characters", "string_too_long");
    }
  }

  private static void text(int i, String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw bad(i, field, "String should have 1 to " + max + " characters", "string_type");
    }
  }

  static WorldInputException bad(int i, String field, String msg, String type) {
    return new WorldInputException(422, List.of("body", "events", i, field), msg, type);
  }
}
