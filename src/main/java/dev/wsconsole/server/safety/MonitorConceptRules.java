package dev.wsconsole.server.safety;

import static dev.wsconsole.server.core.FieldRules.at;

import dev.wsconsole.model.wire.MonitorConceptRequests.AgentConfig;
import dev.wsconsole.model.wire.MonitorConceptRequests.Escalation;
import dev.wsconsole.model.wire.MonitorConceptRequests.Fields;
import dev.wsconsole.server.core.FieldRules;
import java.util.List;

/** Pure checks of monitor concepts against the contract's limits (names, lengths, thresholds, list sizes). */
public final class MonitorConceptRules {
  public static final double DEFAULT_THRESHOLD = 0.4;
  public static final double DEFAULT_STANDALONE_THRESHOLD = 0.85;
  private static final List<Object> BODY = List.of("body");

  private MonitorConceptRules() {}

  /** A new concept from a create request: name and description required, the rest defaulted. */
  public static MonitorConceptDraft create(Fields f) {
    String description = FieldRules.text(FieldRules.required(f.description(), at(BODY, "description")),
        at(BODY, "description"), 2000);
    return check(new MonitorConceptDraft(FieldRules.name(f.name(), at(BODY, "name"), 256), description,
        f.threshold() == null ? DEFAULT_THRESHOLD : f.threshold(),
        f.standaloneThreshold() == null ? DEFAULT_STANDALONE_THRESHOLD : f.standaloneThreshold(),
        f.tags() == null ? List.of() : f.tags(),
        f.escalation() == null ? Escalation.defaults() : f.escalation(),
        f.agentConfig() == null ? AgentConfig.defaults() : f.agentConfig(), null));
  }

  /** {@code current} with the fields an update request sets (null fields keep their value). */
  public static MonitorConceptDraft update(MonitorConceptDraft current, Fields f) {
    return check(new MonitorConceptDraft(
        f.name() == null ? current.name() : FieldRules.name(f.name(), at(BODY, "name"), 256),
        f.description() == null ? current.description() : f.description(),
        f.threshold() == null ? current.threshold() : f.threshold(),
        f.standaloneThreshold() == null ? current.standaloneThreshold() : f.standaloneThreshold(),
        f.tags() == null ? current.tags() : f.tags(),
        f.escalation() == null ? current.escalation() : f.escalation(),
        f.agentConfig() == null ? current.agentConfig() : f.agentConfig(), current.templateId()));
  }

  /** Every limit of the contract; answers the first violation as a 422. */
  public static MonitorConceptDraft check(MonitorConceptDraft d) {
    FieldRules.name(d.name(), at(BODY, "name"), 256);
    FieldRules.text(d.description(), at(BODY, "description"), 2000);
    FieldRules.range(d.threshold(), at(BODY, "threshold"), 0.0, 1.0);
    FieldRules.range(d.standaloneThreshold(), at(BODY, "standalone_threshold"), 0.0, 1.0);
    FieldRules.strings(d.tags(), at(BODY, "tags"), 50, 64, true);
    Escalation e = d.escalation();
    List<Object> esc = at(BODY, "escalation");
    FieldRules.text(e.operatorType(), at(esc, "operator_type"), 64);
    FieldRules.text(e.reason(), at(esc, "reason"), 2000);
    FieldRules.text(e.regulatoryBasis(), at(esc, "regulatory_basis"), 2000);
    AgentConfig a = d.agentConfig();
    List<Object> agent = at(BODY, "agent_config");
    FieldRules.strings(a.actionSpace(), at(agent, "action_space"), 20, 64, true);
    FieldRules.text(a.model(), at(agent, "model"), 128);
    FieldRules.text(a.systemPrompt(), at(agent, "system_prompt"), 10000);
    FieldRules.range(a.timeoutS(), at(agent, "timeout_s"), 0.1, 60.0);
    return d;
  }
}
