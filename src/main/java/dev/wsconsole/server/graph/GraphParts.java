package dev.wsconsole.server.graph;

import static dev.wsconsole.server.graph.GraphDocument.orEmpty;

import java.util.List;

/** The parts states are made of (Action, ExitCondition, ToolCallSpec, Guardrail, TurnPolicy...), with contract defaults. */
public final class GraphParts {
  private GraphParts() {}

  /** Something the agent can do within a state. */
  public record Action(String description, String fillerHint) {}

  /** A way out of a state, to {@code nextState}. */
  public record ExitCondition(String description, String nextState, String fillerHint) {}

  /** A tool the agent may call in a state. */
  public record ToolCallSpec(String toolId, String additionalInstruction, Double audioFillerTriggeredAfter,
                             List<String> audioFillers, Boolean navigateOnCompletion, ProgressHint progress,
                             String resultPersistence) {
    public ToolCallSpec {
      additionalInstruction = additionalInstruction == null ? "" : additionalInstruction;
      navigateOnCompletion = navigateOnCompletion != null && navigateOnCompletion;
      resultPersistence = resultPersistence == null ? "accumulate" : resultPersistence;
    }
  }

  /** How the agent narrates waiting on a tool. */
  public record ProgressHint(String customPhrase, Boolean deterministic, Integer expectedLatencyMs, Integer intervalMs,
                             String mode, List<String> phrases, String progressClass, Integer triggerDelayMs) {
    public ProgressHint {
      deterministic = deterministic != null && deterministic;
      mode = mode == null ? "auto" : mode;
    }
  }

  /** A per-channel override of a state's behaviour. */
  public record ChannelOverride(List<String> actionGuidelines, String objective, ProgressHint progress) {
    public ChannelOverride {
      actionGuidelines = orEmpty(actionGuidelines);
    }
  }

  /** Per-state escalation tuning. */
  public record StateRiskOverride(Double autoEscalateThreshold, Integer maxLoopCount, String operatorSkill,
                                  Double topicRiskScore) {
    public StateRiskOverride {
      maxLoopCount = maxLoopCount == null ? 3 : maxLoopCount;
      topicRiskScore = topicRiskScore == null ? 0.0 : topicRiskScore;
    }
  }

  /** A typed safety rule enforced in one state. */
  public record Guardrail(String name, String description, String enforcement) {
    public Guardrail {
      enforcement = enforcement == null ? "hard" : enforcement;
    }
  }

  /** Voice pipeline parameters of one state. */
  public record TurnPolicy(Boolean bargeInEnabled, Boolean blockForwardCall, Integer blockForwardCallAfterTurns,
                           String contextStrategy, Integer degradationThreshold, Double greetingShieldS,
                           String safetyResponse, Double sttEagerEotThreshold, Double sttEotThreshold,
                           Integer sttEotTimeoutMs) {
    public TurnPolicy {
      bargeInEnabled = bargeInEnabled == null || bargeInEnabled;
      blockForwardCall = blockForwardCall != null && blockForwardCall;
      blockForwardCallAfterTurns = blockForwardCallAfterTurns == null ? -1 : blockForwardCallAfterTurns;
      contextStrategy = contextStrategy == null ? "full" : contextStrategy;
      degradationThreshold = degradationThreshold == null ? -1 : degradationThreshold;
      greetingShieldS = greetingShieldS == null ? 0.0 : greetingShieldS;
      safetyResponse = safetyResponse == null ? "stay_empathize" : safetyResponse;
    }
  }

  /** One field a data collection state asks for. */
  public record CollectionField(String key, String type, String label, String askPrompt, String fhirPath,
                                List<String> options, Boolean required, String validation) {
    public CollectionField {
      required = required == null || required;
    }
  }
}
