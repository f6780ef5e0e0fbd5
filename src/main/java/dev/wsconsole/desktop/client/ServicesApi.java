package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's services and the agents and context graphs they are built from ({@code /v1/{ws}/services}). */
public final class ServicesApi {
  private final JsonHttp http;

  public ServicesApi(JsonHttp http) {
    this.http = http;
  }

  /** A service as listed. */
  public record Service(UUID id, String name, String agentName, String contextGraphName, String channelType,
                        boolean active, Instant createdAt) {}

  /** An agent or context graph offered in a picker. */
  public record Choice(UUID id, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code limit} services from {@code token} (null for the first page). */
  public Page<Service> list(UUID ws, int limit, String token) {
    return Nodes.page(http.get("/v1/" + ws + "/services?limit=" + limit
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))), ServicesApi::read);
  }

  public Service create(UUID ws, String name, UUID agentId, UUID contextGraphId) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("name", name);
    body.put("agent_id", agentId);
    body.put("context_graph_id", contextGraphId);
    return read(http.send("POST", "/v1/" + ws + "/services", body));
  }

  public void delete(UUID ws, UUID id) {
    http.send("DELETE", "/v1/" + ws + "/services/" + id, null);
  }

  /** Every service, offered as routing targets (page after page: the server gives at most 20 at a time). */
  public List<Choice> choices(UUID ws) {
    return allChoices("/v1/" + ws + "/services");
  }

  /** Every agent, for the service form's picker. */
  public List<Choice> agents(UUID ws) {
    return allChoices("/v1/" + ws + "/agents");
  }

  /** Every context graph, for the service form's picker. */
  public List<Choice> contextGraphs(UUID ws) {
    return allChoices("/v1/" + ws + "/context-graphs");
  }

  private List<Choice> allChoices(String path) {
    List<Choice> all = new java.util.ArrayList<>();
    String token = null;
    do {
      Page<Choice> page = Nodes.page(http.get(path + "?limit=20"
          + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))),
          n -> new Choice(Nodes.uuid(n, "id"), n.path("name").asText()));
      all.addAll(page.items());
      token = page.nextToken();
    } while (token != null);
    return all;
  }

  private static Service read(JsonNode s) {
    return new Service(Nodes.uuid(s, "id"), s.path("name").asText(), Nodes.text(s, "agent_name"),
        Nodes.text(s, "context_graph_name"), s.path("channel_type").asText(), s.path("is_active").asBoolean(),
        Nodes.instant(s, "created_at"));
  }
}
