package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's safety templates and monitor concepts ({@code /v1/{ws}/safety/templates}, {@code /monitor-concepts}). */
public final class SafetyApi {
  private final JsonHttp http;

  public SafetyApi(JsonHttp http) {
    this.http = http;
  }

  /** A template of monitor concepts for one regulation. */
  public record Template(String id, String name, String regulation, String category) {}

  /** A monitor concept as listed. */
  public record Concept(UUID id, String name, double threshold) {}

  /** What applying a template did: concept names created and skipped. */
  public record Applied(List<String> created, List<String> skipped) {}

  public List<Template> templates(UUID ws) {
    return Nodes.list(http.get("/v1/" + ws + "/safety/templates"), t -> new Template(t.path("id").asText(),
        t.path("name").asText(), t.path("regulation").asText(), t.path("category").asText()));
  }

  public Applied apply(UUID ws, String templateId) {
    JsonNode a = http.send("POST", "/v1/" + ws + "/safety/templates/" + Nodes.enc(templateId) + "/apply",
        Map.of("override_existing", false));
    return new Applied(Nodes.strings(a.path("created_concepts")), Nodes.strings(a.path("skipped")));
  }

  /** {@code limit} concepts from {@code token} (null for the first page). */
  public Page<Concept> concepts(UUID ws, int limit, String token) {
    return Nodes.page(http.get("/v1/" + ws + "/monitor-concepts?limit=" + limit
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))),
        c -> new Concept(Nodes.uuid(c, "id"), c.path("name").asText(), c.path("threshold").asDouble()));
  }
}
