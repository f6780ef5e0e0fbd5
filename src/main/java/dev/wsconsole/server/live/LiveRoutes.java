package dev.wsconsole.server.live;

import dev.wsconsole.model.Permission;
import dev.wsconsole.server.http.QueryParam;
import dev.wsconsole.server.http.Route;
import dev.wsconsole.server.http.Scope;
import java.util.List;

/** The live-events routes (issue 5, part 5). */
public final class LiveRoutes {
  private LiveRoutes() {}

  /**
   * Workspace.view opens the stream (every role has it); each event is then filtered by the permission
   * its type needs, so a viewer sees calls and world changes but not audit entries (decision 0016).
   */
  public static List<Route> routes(LiveEventHub liveHub, LiveEventStore liveEvents) {
    EventStreamHandlers streams = new EventStreamHandlers(liveHub, liveEvents);
    return List.of(Route.of("GET", "/v1/{workspace_id}/events/stream", Scope.WORKSPACE, Permission.WORKSPACE_VIEW,
        "get-event-stream", 200, LiveEventViews.Backlog.class, streams::stream)
            .query(QueryParam.string("last_event_id")));
  }
}
