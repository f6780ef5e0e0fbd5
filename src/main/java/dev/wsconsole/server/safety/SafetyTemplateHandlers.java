package dev.wsconsole.server.safety;

import dev.wsconsole.model.wire.SafetyTemplateBodies.ApplyRequest;
import dev.wsconsole.model.wire.SafetyTemplateBodies.ApplyResponse;
import dev.wsconsole.model.wire.SafetyTemplateBodies;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;

/** HTTP handlers of /v1/{workspace_id}/safety/templates: the catalog, one template, and applying it. */
public final class SafetyTemplateHandlers {
  private final SafetyTemplates templates;
  private final MonitorConceptStore concepts;

  public SafetyTemplateHandlers(SafetyTemplates templates, MonitorConceptStore concepts) {
    this.templates = templates;
    this.concepts = concepts;
  }



  public Object list(ApiCall call) {
    return templates.all();
  }

  public Object get(ApiCall call) {
    return template(call);
  }

  public Object apply(ApiCall call) {
    SafetyTemplateBodies.Template t = template(call);
    ApplyRequest req = call.body(ApplyRequest.class);
    boolean override = req.overrideExisting() != null && req.overrideExisting();
    var applied = concepts.apply(call.workspaceId(), t.id(), SafetyTemplates.concepts(t), override,
        AuditRecord.allowed(call.actor(), "safety.template.apply", "", call.requestId()));
    return new ApplyResponse(applied.created(), applied.skipped(), applied.overridden());
  }

  private SafetyTemplateBodies.Template template(ApiCall call) {
    String id = call.pathParam("template_id");
    if (id.length() > 128) {
      throw DomainException.invalid(List.of("path", "template_id"), "String should have at most 128 characters",
          "string_too_long");
    }
    return templates.get(id).orElseThrow(() -> DomainException.notFound("Safety template"));
  }
}
