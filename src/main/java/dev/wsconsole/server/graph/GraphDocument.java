package dev.wsconsole.server.graph;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.wsconsole.server.graph.GraphParts.Action;
import dev.wsconsole.server.graph.GraphParts.ChannelOverride;
import dev.wsconsole.server.graph.GraphParts.CollectionField;
import dev.wsconsole.server.graph.GraphParts.ExitCondition;
import dev.wsconsole.server.graph.GraphParts.Guardrail;
import dev.wsconsole.server.graph.GraphParts.StateRiskOverride;
import dev.wsconsole.server.graph.GraphParts.ToolCallSpec;
import dev.wsconsole.server.graph.GraphParts.TurnPolicy;
import java.util.List;
import java.util.Map;

/**
 * The body of a context graph version (CreateContextGraphVersionRequest): its states, typed by
 * {@code type}, and where conversations start and end. Defaults of the contract are filled in on
 * construction; required fields stay null for {@link GraphRules} to name.
 */
public record GraphDocument(String description, List<State> states, String newUserInitialState,
                            String returningUserInitialState, String terminalState,
                            List<String> globalActionGuidelines, List<String> globalBoundaryConstraints,
                            List<String> globalIntraStateNavigationGuidelines, String topologyDescription) {

  public GraphDocument {
    description = description == null ? "" : description;
    globalActionGuidelines = orEmpty(globalActionGuidelines);
    globalBoundaryConstraints = orEmpty(globalBoundaryConstraints);
    globalIntraStateNavigationGuidelines = orEmpty(globalIntraStateNavigationGuidelines);
  }

  /** One state of the graph (ContextGraphState): action, decision, annotation or data_collection. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = ActionState.class, name = "action"),
      @JsonSubTypes.Type(value = DecisionState.class, name = "decision"),
      @JsonSubTypes.Type(value = AnnotationState.class, name = "annotation"),
      @JsonSubTypes.Type(value = DataCollectionState.class, name = "data_collection")})
  public sealed interface State permits ActionState, DecisionState, AnnotationState, DataCollectionState {
    String name();
  }

  /** A user-facing state with actions and exit conditions. */
  public record ActionState(String name, String objective, List<Action> actions,
                            List<String> intraStateNavigationGuidelines, List<String> actionGuidelines,
                            List<String> boundaryConstraints, List<ExitCondition> exitConditions,
                            List<ToolCallSpec> actionToolCallSpecs, List<ToolCallSpec> exitConditionToolCallSpecs,
                            Map<String, ChannelOverride> channelOverrides, StateRiskOverride escalationConfig,
                            List<Guardrail> guardrails, Map<String, Object> surfaceSpecTemplate,
                            TurnPolicy turnPolicy, String waitFor) implements State {
    public ActionState {
      actionToolCallSpecs = orEmpty(actionToolCallSpecs);
      exitConditionToolCallSpecs = orEmpty(exitConditionToolCallSpecs);
      guardrails = orEmpty(guardrails);
    }
  }

  /** A routing state: the agent picks an exit condition without talking to the user. */
  public record DecisionState(String name, String objective, List<ExitCondition> exitConditions,
                              Map<String, ChannelOverride> channelOverrides, List<String> decisionGuidelines,
                              List<Guardrail> guardrails, List<ToolCallSpec> toolCallSpecs, TurnPolicy turnPolicy,
                              String waitFor) implements State {
    public DecisionState {
      decisionGuidelines = orEmpty(decisionGuidelines);
      guardrails = orEmpty(guardrails);
      toolCallSpecs = orEmpty(toolCallSpecs);
    }
  }

  /** Injects a fixed inner thought, then moves on. */
  public record AnnotationState(String name, String innerThought, String nextState) implements State {}

  /** Collects structured fields, then moves to {@code onComplete}. */
  public record DataCollectionState(String name, String objective, List<CollectionField> fields, String onComplete,
                                    List<String> actionGuidelines, List<String> boundaryConstraints,
                                    Map<String, ChannelOverride> channelOverrides, List<Guardrail> guardrails,
                                    Integer maxTurns, Boolean surfaceFallback, Integer surfaceFallbackAfterTurns,
                                    List<ToolCallSpec> toolCallSpecs, TurnPolicy turnPolicy) implements State {
    public DataCollectionState {
      actionGuidelines = orEmpty(actionGuidelines);
      boundaryConstraints = orEmpty(boundaryConstraints);
      guardrails = orEmpty(guardrails);
      maxTurns = maxTurns == null ? 10 : maxTurns;
      surfaceFallback = surfaceFallback != null && surfaceFallback;
      surfaceFallbackAfterTurns = surfaceFallbackAfterTurns == null ? 6 : surfaceFallbackAfterTurns;
      toolCallSpecs = orEmpty(toolCallSpecs);
    }
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
