package dev.wsconsole.desktop.datasources;

import dev.wsconsole.desktop.client.DataSourcesApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.DataSourceViews;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A workspace's data sources a page at a time, the one selected and its sync history (paged by the
 * server); create, edit and delete for those who manage; syncing lives in {@link SyncViewModel}.
 */
public final class DataSourcesViewModel {
  static final int PAGE_SIZE = 10;
  static final int HISTORY_PAGE_SIZE = 10;
  /** The types a sync imports (FHIR bundles from a folder or a FHIR server); the API knows more. */
  public static final List<String> SOURCE_TYPES = List.of("file_drop", "fhir", "fhir_store", "smart_fhir", "ehr",
      "rest_api", "webhook", "crm", "database", "custom");
  public static final List<String> SYNC_STRATEGIES = List.of("manual", "scheduled", "webhook", "continuous");
  private final PageContext context;
  private final DataSourcesApi api;
  private final UUID ws;
  private final ServerPages<DataSourceViews.View> pages;
  private final ServerPages<DataSourceViews.Run> history;
  private final ObjectProperty<DataSourceViews.View> selected = new SimpleObjectProperty<>();
  private final SyncViewModel sync;

  public DataSourcesViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().dataSources();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), token -> api.list(ws, PAGE_SIZE, token));
    this.history = new ServerPages<>(context.calls(), token -> {
      DataSourceViews.View s = selected.get();
      return s == null ? new Page<DataSourceViews.Run>(List.of(), false, null, 0L)
          : api.runs(ws, s.id(), HISTORY_PAGE_SIZE, token);
    });
    this.sync = new SyncViewModel(context, api, () -> {
      pages.reload();
      history.first();
    });
    selected.addListener((o, was, now) -> {
      if (now == null) {
        history.clear();
      } else if (was == null || !was.id().equals(now.id())) {
        history.first();
      }
    });
  }

  public ServerPages<DataSourceViews.View> pages() {
    return pages;
  }

  /** The selected source's runs, newest first. */
  public ServerPages<DataSourceViews.Run> history() {
    return history;
  }

  public ObjectProperty<DataSourceViews.View> selectedProperty() {
    return selected;
  }

  public SyncViewModel sync() {
    return sync;
  }

  public boolean mayManage() {
    return context.may(Permission.DATA_SOURCE_MANAGE);
  }

  public void load() {
    pages.reload();
  }

  /** Creates a source ({@code editing} null) or saves the edit of {@code editing}; refusals show the server's detail. */
  public void save(DataSourceViews.View editing, SourceForm form) {
    context.calls().run(() -> editing == null ? api.create(ws, form.create())
        : api.update(ws, editing.id(), form.update(editing)),
        saved -> {
          pages.reload();
          selected.set(saved);
        });
  }

  public void delete(DataSourceViews.View source) {
    context.calls().run(() -> {
      api.delete(ws, source.id());
      return true;
    }, done -> {
      if (selected.get() != null && selected.get().id().equals(source.id())) {
        selected.set(null);
      }
      pages.reload();
    });
  }
}
