package dev.wsconsole.server.datasource;

import static dev.wsconsole.model.Permission.DATA_SOURCE_VIEW;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.model.Page;
import dev.wsconsole.server.http.Route;
import java.util.List;

import dev.wsconsole.model.wire.DataSourceViews;
/**
 * Our extension beside the contract's sync history: a data source's runs paged by the server (limit and
 * continuation token), so the console's history table never loads them all.
 */
public final class DataSourceRunRoutes {
  private DataSourceRunRoutes() {}

  public static List<Route> routes(DataSourceStore dataSources, DataSourceSyncStore dataSourceSyncs) {
    return List.of(Route.extension("GET", "/v1/{workspace_id}/data-sources/{data_source_id}/sync-runs", WORKSPACE,
        DATA_SOURCE_VIEW, "list-data-source-sync-runs", 200, Page.of(DataSourceViews.Run.class),
        call -> runs(dataSources, dataSourceSyncs, call)));
  }

  private static Object runs(DataSourceStore dataSources, DataSourceSyncStore dataSourceSyncs, ApiCall call) {
    int limit = call.queryInt("limit", 20, 1, 100);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    if (dataSources.get(call.workspaceId(), DataSourceHandlers.id(call)).isEmpty()) {
      throw DataSourceHandlers.notFound();
    }
    var page = dataSourceSyncs.page(call.workspaceId(), DataSourceHandlers.id(call), limit, offset);
    return Page.of(page.items().stream().map(DataSourceMapping::run).toList(), offset, page.total());
  }
}
