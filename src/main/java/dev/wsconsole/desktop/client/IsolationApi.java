package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The calls the isolation view needs: the workspaces the signed-in user can see, each one's resource
 * totals (read from list endpoints with {@code limit=1}), its world counts, and the server's isolation check.
 * A resource the server does not serve (404) or does not show this user (403) comes back as unknown.
 */
public final class IsolationApi {
  private static final int PAGE = 20;
  private final JsonHttp http;

  public IsolationApi(JsonHttp http) {
    this.http = http;
  }

  /** A workspace as listed: enough to title its subgraph. */
  public record Workspace(UUID id, String slug, String name, String environment) {}

  /** The world model's totals; empty when the server has no world model for this workspace. */
  public record WorldTotals(OptionalLong entities, OptionalLong events) {
    public static final WorldTotals UNKNOWN = new WorldTotals(OptionalLong.empty(), OptionalLong.empty());
  }

  /** The server's isolation check: the database role's problems and one verdict per table. */
  public record IsolationCheck(String serverVersion, String appRole, List<String> roleProblems,
                               List<TableCheck> tables) {}

  /** One table's verdict: a tenant table must be under the workspace policy, a global one out of direct reach. */
  public record TableCheck(String table, boolean tenant, boolean rlsEnabled, boolean rlsForced, String policy,
                           List<String> problems) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  public List<Workspace> workspaces() {
    List<Workspace> all = new ArrayList<>();
    int token = 0;
    while (true) {
      JsonNode page = http.get("/v1/workspaces?limit=" + PAGE + "&continuation_token=" + token);
      page.path("items").forEach(w -> all.add(new Workspace(UUID.fromString(w.path("id").asText()),
          w.path("slug").asText(), w.path("name").asText(), w.path("environment").asText())));
      if (!page.path("has_more").asBoolean(false) || !page.path("continuation_token").canConvertToInt()) {
        return all;
      }
      token = page.path("continuation_token").asInt();
    }
  }

  /** How many items {@code /v1/{ws}/{resource}} holds, e.g. {@code total(ws, "services")}. */
  public OptionalLong total(UUID workspace, String resource) {
    JsonNode page = http.getIfServed("/v1/" + workspace + "/" + resource + "?limit=1");
    if (page == null) {
      return OptionalLong.empty();
    }
    if (page.path("total").canConvertToLong()) {
      return OptionalLong.of(page.path("total").asLong());
    }
    boolean more = page.path("has_more").asBoolean(true);
    return more ? OptionalLong.empty() : OptionalLong.of(page.path("items").size());
  }

  /** Entity and event totals from the world dashboard. */
  public WorldTotals world(UUID workspace) {
    JsonNode dashboard = http.getIfServed("/v1/" + workspace + "/world/dashboard");
    if (dashboard == null) {
      return WorldTotals.UNKNOWN;
    }
    JsonNode counts = dashboard.path("entity_counts");
    return new WorldTotals(number(counts.path("total_entities")), number(counts.path("total_events")));
  }

  /** Runs the server's isolation check through {@code workspace} (which needs the Isolation.check permission). */
  public IsolationCheck isolationCheck(UUID workspace) {
    JsonNode report = http.get("/v1/" + workspace + "/isolation-check");
    List<TableCheck> tables = new ArrayList<>();
    report.path("tables").forEach(t -> tables.add(new TableCheck(t.path("table").asText(),
        t.path("tenant").asBoolean(), t.path("rls_enabled").asBoolean(), t.path("rls_forced").asBoolean(),
        t.path("policy").asText(""), strings(t.path("problems")))));
    return new IsolationCheck(report.path("server_version").asText(""), report.path("app_role").asText(""),
        strings(report.path("role_problems")), tables);
  }

  private static OptionalLong number(JsonNode n) {
    return n.canConvertToLong() ? OptionalLong.of(n.asLong()) : OptionalLong.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(s -> out.add(s.asText()));
    return List.copyOf(out);
  }
}
