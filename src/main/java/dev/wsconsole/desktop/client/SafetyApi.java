package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.model.wire.SafetyTemplateBodies;
import java.util.List;
import java.util.UUID;

/** A workspace's safety templates and monitor concepts ({@code /v1/{ws}/safety/templates}, {@code /monitor-concepts}). */
public final class SafetyApi {
  private final JsonHttp http;

  public SafetyApi(JsonHttp http) {
    this.http = http;
  }

  public List<SafetyTemplateBodies.Template> templates(UUID ws) {
    return http.list("/v1/" + ws + "/safety/templates", SafetyTemplateBodies.Template.class);
  }

  /** Applies a template without overriding concepts of the same name: what it created and skipped. */
  public SafetyTemplateBodies.ApplyResponse apply(UUID ws, String templateId) {
    return http.send("POST", "/v1/" + ws + "/safety/templates/" + QueryText.enc(templateId) + "/apply",
        new SafetyTemplateBodies.ApplyRequest(false), SafetyTemplateBodies.ApplyResponse.class);
  }

  /** {@code limit} concepts from {@code token} (null for the first page). */
  public Page<MonitorConcept> concepts(UUID ws, int limit, Integer token) {
    return http.page("/v1/" + ws + "/monitor-concepts?limit=" + limit + QueryText.token(token), MonitorConcept.class);
  }
}
