package dev.wsconsole.server.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Permission;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /v1/{ws}/events/stream}: server-sent events of one workspace (or, without
 * {@code Accept: text/event-stream}, the replayable backlog as JSON); each event is shown only to
 * callers holding the permission its type needs.
 */
public final class EventStreamHandlers {
  /** The client's reconnection delay, sent first. */
  static final long RETRY_MILLIS = 3000;
  private static final int BATCH = 500;
  private static final ObjectMapper JSON = dev.wsconsole.model.Json.mapper();
  private final LiveEventHub hub;
  private final LiveEventStore store;

  public EventStreamHandlers(LiveEventHub hub, LiveEventStore store) {
    this.hub = hub;
    this.store = store;
  }

  public Object stream(ApiCall c) throws IOException {
    String accept = c.header("Accept");
    if (accept == null || !accept.contains("text/event-stream")) {
      return backlog(c);
    }
    UUID ws = c.workspaceId();
    LiveEventHub.Refusal[] why = {null};
    Subscription sub = hub.subscribe(ws, r -> why[0] = r).orElseThrow(() -> new DomainException(DomainException.Kind.TOO_MANY,
        why[0] == LiveEventHub.Refusal.NODE_FULL
            ? "This server holds its maximum of " + hub.limits().perNode() + " open event streams; retry later."
            : "Too many open event streams in this workspace (at most " + hub.limits().perWorkspace()
                + " at once); close one or retry later."));
    try (sub) {
      follow(c, sub);
    }
    return null;
  }

  private void follow(ApiCall c, Subscription sub) throws IOException {
    LiveEventRules.Start start = store.start(sub.workspaceId(), c.header("Last-Event-ID"));
    SseWriter out = new SseWriter(c.openEventStream());
    out.retry(RETRY_MILLIS);
    long cursor = start.cursor();
    if (start.reset() != null) {
      out.event(cursor, "stream.reset", JSON.writeValueAsString(Map.of("event_type", "stream.reset",
          "reason", start.reset(), "last_event_id", cursor)));
    }
    out.flush();
    StreamLimits limits = hub.limits();
    long endAt = System.nanoTime() + limits.lifetime().toNanos();
    try {
      while (System.nanoTime() - endAt < 0) {
        cursor = deliver(sub.workspaceId(), c.access(), cursor, out);
        out.flush();
        if (!sub.await(limits.heartbeat())) {
          out.comment("keep-alive");
          out.flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away: the slot is freed by the caller
    }
  }

  /** Writes every event after {@code cursor} the caller may see; returns the new cursor. */
  private long deliver(UUID ws, Access access, long cursor, SseWriter out) throws IOException {
    List<LiveEvent> batch;
    do {
      batch = store.after(ws, cursor, BATCH);
      for (LiveEvent e : batch) {
        if (visible(access, e)) {
          out.event(e.seq(), e.type(), e.dataJson());
        }
        cursor = e.seq();
      }
    } while (batch.size() == BATCH);
    return cursor;
  }

  private LiveEventViews.Backlog backlog(ApiCall c) throws IOException {
    UUID ws = c.workspaceId();
    String lastEventId = c.header("Last-Event-ID");
    if (lastEventId == null) {
      lastEventId = c.query("last_event_id");
    }
    // Without a position, JSON readers get the whole replay window; a stream starts at the newest event.
    LiveEventRules.Start start = lastEventId == null ? new LiveEventRules.Start(0, null) : store.start(ws, lastEventId);
    java.time.Instant windowStart = java.time.Instant.now().minus(LiveEventStore.REPLAY_WINDOW);
    List<LiveEventViews.Event> items = new ArrayList<>();
    long cursor = start.cursor();
    for (LiveEvent e : store.after(ws, cursor, BATCH)) {
      if (visible(c.access(), e) && !e.createdAt().isBefore(windowStart)) {
        items.add(new LiveEventViews.Event(e.seq(), e.type(),
            JSON.readValue(e.dataJson(), new TypeReference<Map<String, Object>>() { }), e.createdAt()));
      }
      cursor = e.seq();
    }
    return new LiveEventViews.Backlog(items, cursor, start.reset());
  }

  private static boolean visible(Access access, LiveEvent e) {
    try {
      return access.may(Permission.fromWire(e.permission()));
    } catch (IllegalArgumentException unknown) {
      return false; // a permission this version does not know: nobody here may see it
    }
  }
}
