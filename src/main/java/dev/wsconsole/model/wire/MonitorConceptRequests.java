package dev.wsconsole.model.wire;

import java.util.List;

/** Request bodies of the monitor-concept operations and their parts (contract names and defaults). */
public final class MonitorConceptRequests {
  private MonitorConceptRequests() {}

  /** AgentConfigPayload: how the triage agent runs for this concept. */
  public record AgentConfig(List<String> actionSpace, String model, String systemPrompt, Double timeoutS) {
    public AgentConfig {
      actionSpace = actionSpace == null ? List.of() : actionSpace;
      model = model == null ? "gemini-2.5-flash" : model;
      timeoutS = timeoutS == null ? 3.0 : timeoutS;
    }

    public static AgentConfig defaults() {
      return new AgentConfig(null, null, null, null);
    }
  }

  /** EscalationConfigPayload: whom a detection goes to, how fast, and why. */
  public record Escalation(Boolean immediate, String operatorType, String reason, String regulatoryBasis) {
    public Escalation {
      immediate = immediate == null || immediate;
      operatorType = operatorType == null ? "crisis_counselor" : operatorType;
      reason = reason == null ? "" : reason;
      regulatoryBasis = regulatoryBasis == null ? "" : regulatoryBasis;
    }

    public static Escalation defaults() {
      return new Escalation(null, null, null, null);
    }
  }

  /** CreateMonitorConceptRequest; UpdateMonitorConceptRequest has the same fields, every one optional. */
  public record Fields(String name, String description, Double threshold, Double standaloneThreshold,
                       List<String> tags, Escalation escalation, AgentConfig agentConfig) {}
}
