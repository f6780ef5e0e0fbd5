package dev.wsconsole.server.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** JSON answers of the event stream for clients that ask for JSON instead of a stream. */
public final class LiveEventViews {
  private LiveEventViews() {}

  /** One event as the stream would carry it: its id, type and data (which repeats {@code event_type}). */
  public record Event(long id, String eventType, Map<String, Object> data, Instant createdAt) {}

  /**
   * The replayable events after Last-Event-ID that the caller may see, the id to send next time, and,
   * when the asked position was dropped, why.
   */
  public record Backlog(List<Event> items, long lastEventId, @JsonInclude(JsonInclude.Include.NON_NULL) String reset) {}
}
