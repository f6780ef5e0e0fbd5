package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsconsole.model.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Workspaces: list, create, read, environment check and conversion, test caller numbers. */
public final class WorkspacesApi {
  private final JsonHttp http;

  public WorkspacesApi(JsonHttp http) {
    this.http = http;
  }

  /** A workspace as the server shows it. */
  public record Workspace(UUID id, String slug, String name, Environment environment, String region) {
    public boolean isProduction() {
      return environment == Environment.PRODUCTION;
    }
  }

  /** What converting to {@code target} would change, in the server's words. */
  public record EnvironmentCheck(Environment current, Environment target, List<String> warnings) {}

  /** Every workspace the caller may see (a user has few; pages of 20 until the server says no more). */
  public List<Workspace> list() {
    List<Workspace> all = new ArrayList<>();
    String token = "0";
    while (token != null) {
      Page<Workspace> page = Nodes.page(http.get("/v1/workspaces?limit=20&continuation_token=" + token),
          WorkspacesApi::read);
      all.addAll(page.items());
      token = page.nextToken();
    }
    return all;
  }

  public Workspace get(UUID id) {
    return read(http.get("/v1/workspaces/" + id));
  }

  public Workspace create(String slug, String name, Environment environment) {
    return read(http.send("POST", "/v1/me/workspaces",
        Map.of("slug", slug, "name", name, "environment", environment.wireName())));
  }

  public EnvironmentCheck checkEnvironment(UUID id, Environment target) {
    JsonNode n = http.get("/v1/workspaces/" + id + "/environment-check?target=" + target.wireName());
    return new EnvironmentCheck(Environment.fromWire(n.path("current").asText()),
        Environment.fromWire(n.path("target").asText()), Nodes.strings(n.path("warnings")));
  }

  public Workspace convert(UUID id, Environment target, String confirmSlug) {
    return read(http.send("POST", "/v1/workspaces/" + id + "/convert-environment",
        Map.of("target", target.wireName(), "confirm_slug", confirmSlug)));
  }

  public List<String> testCallerNumbers(UUID id) {
    return Nodes.strings(http.get("/v1/workspaces/" + id + "/test-caller-numbers").path("numbers"));
  }

  public List<String> setTestCallerNumbers(UUID id, List<String> numbers) {
    return Nodes.strings(http.send("PUT", "/v1/workspaces/" + id + "/test-caller-numbers",
        Map.of("numbers", numbers)).path("numbers"));
  }

  static Workspace read(JsonNode w) {
    return new Workspace(Nodes.uuid(w, "id"), w.path("slug").asText(), w.path("name").asText(),
        Environment.fromWire(w.path("environment").asText()), w.path("region").asText());
  }
}
