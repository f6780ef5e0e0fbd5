package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.IsolationReport;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.model.wire.WorldViews;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The calls the isolation view needs: the workspaces the signed-in user can see, each one's resource
 * totals (read from list endpoints with {@code limit=1}), its world counts, and the server's isolation check.
 * A resource the server does not serve (404) or does not show this user (403) comes back as unknown.
 */
public final class IsolationApi {
  private final JsonHttp http;

  public IsolationApi(JsonHttp http) {
    this.http = http;
  }

  /** The world model's totals; empty when the server has no world model for this workspace. */
  public record WorldTotals(OptionalLong entities, OptionalLong events) {
    public static final WorldTotals UNKNOWN = new WorldTotals(OptionalLong.empty(), OptionalLong.empty());
  }

  public List<WorkspaceView> workspaces() {
    return new WorkspacesApi(http).list();
  }

  /**
   * How many items {@code /v1/{ws}/{resource}} holds, e.g. {@code total(ws, "services")}. Only the page's
   * envelope matters here, whatever the items are, so they are read as plain objects.
   */
  public OptionalLong total(UUID workspace, String resource) {
    Page<Object> page = http.pageIfServed("/v1/" + workspace + "/" + resource + "?limit=1", Object.class);
    if (page == null) {
      return OptionalLong.empty();
    }
    if (page.total() != null) {
      return OptionalLong.of(page.total());
    }
    return page.hasMore() ? OptionalLong.empty() : OptionalLong.of(page.items().size());
  }

  /** Entity and event totals from the world dashboard. */
  public WorldTotals world(UUID workspace) {
    WorldViews.Dashboard dashboard = http.getIfServed("/v1/" + workspace + "/world/dashboard",
        WorldViews.Dashboard.class);
    if (dashboard == null) {
      return WorldTotals.UNKNOWN;
    }
    return new WorldTotals(OptionalLong.of(dashboard.entityCounts().totalEntities()),
        OptionalLong.of(dashboard.entityCounts().totalEvents()));
  }

  /** Runs the server's isolation check through {@code workspace} (which needs the Isolation.check permission). */
  public IsolationReport isolationCheck(UUID workspace) {
    return http.get("/v1/" + workspace + "/isolation-check", IsolationReport.class);
  }
}
