package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.WorkspaceRequests;
import dev.wsconsole.model.wire.WorkspaceResponses;
import dev.wsconsole.model.wire.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Workspaces: list, create, read, environment check and conversion, test caller numbers. */
public final class WorkspacesApi {
  private final JsonHttp http;

  public WorkspacesApi(JsonHttp http) {
    this.http = http;
  }

  /** Every workspace the caller may see (a user has few; pages of 20 until the server says no more). */
  public List<WorkspaceView> list() {
    List<WorkspaceView> all = new ArrayList<>();
    Integer token = 0;
    while (token != null) {
      Page<WorkspaceView> page = http.page("/v1/workspaces?limit=20" + QueryText.token(token), WorkspaceView.class);
      all.addAll(page.items());
      token = page.hasMore() ? page.continuationToken() : null;
    }
    return all;
  }

  public WorkspaceView get(UUID id) {
    return http.get("/v1/workspaces/" + id, WorkspaceView.class);
  }

  public WorkspaceView create(String slug, String name, Environment environment) {
    return http.send("POST", "/v1/me/workspaces", new WorkspaceRequests.Create(slug, name, environment, null, null),
        WorkspaceView.class);
  }

  public WorkspaceResponses.EnvironmentCheck checkEnvironment(UUID id, Environment target) {
    return http.get("/v1/workspaces/" + id + "/environment-check?target=" + target.wireName(),
        WorkspaceResponses.EnvironmentCheck.class);
  }

  public WorkspaceView convert(UUID id, Environment target, String confirmSlug) {
    return http.send("POST", "/v1/workspaces/" + id + "/convert-environment",
        new WorkspaceRequests.Convert(target, confirmSlug), WorkspaceView.class);
  }

  public List<String> testCallerNumbers(UUID id) {
    return http.get("/v1/workspaces/" + id + "/test-caller-numbers", WorkspaceResponses.TestCallerNumbers.class)
        .numbers();
  }

  public List<String> setTestCallerNumbers(UUID id, List<String> numbers) {
    return http.send("PUT", "/v1/workspaces/" + id + "/test-caller-numbers",
        new WorkspaceRequests.TestCallers(numbers), WorkspaceResponses.TestCallerNumbers.class).numbers();
  }
}
