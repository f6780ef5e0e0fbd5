package dev.wsconsole.desktop.calls;

import dev.wsconsole.desktop.client.CallsApi.Filter;
import dev.wsconsole.desktop.client.CallsApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.CallViews;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A workspace's calls a page at a time (filtered by direction and status on the server), the open
 * call's turns and participants, the calls in progress, and in development workspaces the simulator.
 */
public final class CallsViewModel {
  static final int PAGE_SIZE = 20;
  private final PageContext context;
  private final CallsApi api;
  private final UUID ws;
  private final ServerPages<CallViews.CallSummary> pages;
  private final ObservableList<CallViews.ActiveSession> active = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<CallViews.CallDetailResponse> open = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private Filter filter = Filter.NONE;

  public CallsViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().operations().calls();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), token -> api.list(ws, filter, PAGE_SIZE, token));
  }

  public ServerPages<CallViews.CallSummary> pages() {
    return pages;
  }

  public ObservableList<CallViews.ActiveSession> active() {
    return active;
  }

  /** The call shown in detail, or null. */
  public ReadOnlyObjectProperty<CallViews.CallDetailResponse> openProperty() {
    return open.getReadOnlyProperty();
  }

  /** What the last simulation wrote, in words. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The simulator writes data, and only into development workspaces (the server refuses the others). */
  public boolean maySimulate() {
    return context.workspace().environment() == Environment.DEVELOPMENT && context.may(Permission.WORLD_WRITE);
  }

  public void load() {
    pages.reload();
    refreshActive();
  }

  /** Reads the current page, the open call and the live sessions again. */
  public void refresh() {
    load();
    CallViews.CallDetailResponse d = open.get();
    if (d != null) {
      open(d.callSid());
    }
  }

  /** Filters by direction and status (null or blank: any), from the first page. */
  public void filter(String direction, String status) {
    filter = new Filter(blankToNull(direction), blankToNull(status));
    pages.first();
  }

  public void open(String idOrSid) {
    if (idOrSid == null) {
      open.set(null);
    } else {
      context.calls().run(() -> api.detail(ws, idOrSid), open::set);
    }
  }

  public void refreshActive() {
    context.calls().run(() -> api.active(ws), active::setAll);
  }

  public void simulate(int count) {
    context.calls().run(() -> api.simulate(ws, count), done -> {
      message.set("Simulated " + done.created() + " calls (" + done.runId() + "), " + done.reviewItems()
          + " queued for review");
      pages.first();
      refreshActive();
    });
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
