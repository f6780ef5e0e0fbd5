package dev.wsconsole.model.wire;

import dev.wsconsole.model.wire.MonitorConceptRequests.AgentConfig;
import dev.wsconsole.model.wire.MonitorConceptRequests.Escalation;
import java.util.List;

/** Request and response bodies of the safety-template operations. */
public final class SafetyTemplateBodies {
  private SafetyTemplateBodies() {}

  /** SafetyRuleResponse: one concern a template watches for, and what to do about it. */
  public record Rule(String name, String description, List<String> triageHints, double threshold,
                     double standaloneThreshold, AgentConfig agentConfig, Escalation escalation, List<String> tags) {}

  /** RegulationTemplateResponse. */
  public record Template(String id, String name, String regulation, String description, String category,
                         String version, List<Rule> rules, Boolean isComposite, List<String> templateIds) {}

  /** ApplyTemplateRequest. */
  public record ApplyRequest(Boolean overrideExisting) {}

  /** ApplyTemplateResponse, plus {@code overridden} (extension): names rewritten because override_existing was set. */
  public record ApplyResponse(List<String> createdConcepts, List<String> skipped, List<String> overridden) {}
}
