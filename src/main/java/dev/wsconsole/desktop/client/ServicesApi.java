package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.AgentResponses.AgentView;
import dev.wsconsole.model.wire.ContextGraphResponses.GraphView;
import dev.wsconsole.model.wire.ServiceRequests;
import dev.wsconsole.model.wire.ServiceResponses.ServiceView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A workspace's services and the agents and context graphs they are built from ({@code /v1/{ws}/services}). */
public final class ServicesApi {
  private final JsonHttp http;

  public ServicesApi(JsonHttp http) {
    this.http = http;
  }

  /** An agent, context graph or service offered in a picker (a console value, not a wire body). */
  public record Choice(UUID id, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code limit} services from {@code token} (null for the first page). */
  public Page<ServiceView> list(UUID ws, int limit, Integer token) {
    return http.page("/v1/" + ws + "/services?limit=" + limit + QueryText.token(token), ServiceView.class);
  }

  public ServiceView create(UUID ws, String name, UUID agentId, UUID contextGraphId) {
    return http.send("POST", "/v1/" + ws + "/services", new ServiceRequests.Fields(name, null, agentId,
        contextGraphId, null, null, null, null, null, null, null, null, null, null, null), ServiceView.class);
  }

  public void delete(UUID ws, UUID id) {
    http.send("DELETE", "/v1/" + ws + "/services/" + id, null);
  }

  /** Every service, offered as routing targets (page after page: the server gives at most 20 at a time). */
  public List<Choice> choices(UUID ws) {
    return all("/v1/" + ws + "/services", ServiceView.class, s -> new Choice(s.id(), s.name()));
  }

  /** Every agent, for the service form's picker. */
  public List<Choice> agents(UUID ws) {
    return all("/v1/" + ws + "/agents", AgentView.class, a -> new Choice(a.id(), a.name()));
  }

  /** Every context graph, for the service form's picker. */
  public List<Choice> contextGraphs(UUID ws) {
    return all("/v1/" + ws + "/context-graphs", GraphView.class, g -> new Choice(g.id(), g.name()));
  }

  private <T> List<Choice> all(String path, Class<T> item, Function<T, Choice> choice) {
    List<Choice> all = new ArrayList<>();
    Integer token = null;
    do {
      Page<T> page = http.page(path + "?limit=20" + QueryText.token(token), item);
      page.items().forEach(i -> all.add(choice.apply(i)));
      token = page.hasMore() ? page.continuationToken() : null;
    } while (token != null);
    return all;
  }
}
