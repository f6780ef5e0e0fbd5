package dev.wsconsole.desktop.services;

import dev.wsconsole.desktop.client.ServicesApi.Choice;
import dev.wsconsole.desktop.client.ServicesApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.ServiceResponses.ServiceView;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A workspace's services, a page at a time: create one from an agent and a context graph, delete one. */
public final class ServicesViewModel {
  static final int PAGE_SIZE = 10;
  private final PageContext context;
  private final ServicesApi api;
  private final UUID ws;
  private final ServerPages<ServiceView> pages;
  private final ObservableList<Choice> agents = FXCollections.observableArrayList();
  private final ObservableList<Choice> graphs = FXCollections.observableArrayList();

  public ServicesViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().services();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), token -> api.list(ws, PAGE_SIZE, token));
  }

  public ObservableList<ServiceView> services() {
    return pages.items();
  }

  public ObservableList<Choice> agents() {
    return agents;
  }

  public ObservableList<Choice> contextGraphs() {
    return graphs;
  }

  /** The server-paged list behind the table (for its pager bar). */
  public ServerPages<ServiceView> pages() {
    return pages;
  }

  public boolean mayManage() {
    return context.may(Permission.SERVICE_MANAGE);
  }

  /** Loads the first page and, for those who may create, the agent and graph pickers. */
  public void load() {
    pages.reload();
    if (mayManage()) {
      context.calls().run(() -> List.of(api.agents(ws), api.contextGraphs(ws)), both -> {
        agents.setAll(both.get(0));
        graphs.setAll(both.get(1));
      });
    }
  }

  /** Creates a service; a missing name or pick is left for the server to refuse with its detail. */
  public void create(String name, Choice agent, Choice graph) {
    String cleanName = name == null ? "" : name.strip();
    context.calls().run(() -> api.create(ws, cleanName, agent == null ? null : agent.id(),
        graph == null ? null : graph.id()), created -> pages.reload());
  }

  public void delete(ServiceView service) {
    context.calls().run(() -> {
      api.delete(ws, service.id());
      return true;
    }, done -> pages.reload());
  }
}
