package dev.wsconsole.server.graph;

import static dev.wsconsole.server.core.FieldRules.at;

import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import dev.wsconsole.server.graph.GraphDocument.ActionState;
import dev.wsconsole.server.graph.GraphDocument.AnnotationState;
import dev.wsconsole.server.graph.GraphDocument.DataCollectionState;
import dev.wsconsole.server.graph.GraphDocument.DecisionState;
import dev.wsconsole.server.graph.GraphDocument.State;
import dev.wsconsole.server.graph.GraphParts.ExitCondition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pure checks of a context graph version: the contract's required fields, enums and ranges, our own
 * size bounds where it has none (at most {@value #MAX_STATES} states, {@value #MAX_ITEMS} items per
 * list, texts up to {@value #MAX_TEXT} characters), unique state names, and every state a graph names
 * (entry, terminal, next_state, on_complete) existing in it.
 */
public final class GraphRules {
  public static final int MAX_STATES = 200;
  public static final int MAX_ITEMS = 200;
  public static final int MAX_TEXT = 10000;
  static final List<String> WAIT_FOR = List.of("surface_submission", "human_approval");
  private static final List<Object> BODY = List.of("body");

  private GraphRules() {}

  public static GraphDocument version(GraphDocument d) {
    FieldRules.text(d.description(), at(BODY, "description"), 2000);
    FieldRules.text(d.topologyDescription(), at(BODY, "topology_description"), MAX_TEXT);
    for (String f : List.of("global_action_guidelines", "global_boundary_constraints",
        "global_intra_state_navigation_guidelines")) {
      FieldRules.strings(globalList(d, f), at(BODY, f), MAX_ITEMS, 2000, false);
    }
    List<State> states = FieldRules.required(d.states(), at(BODY, "states"));
    if (states.isEmpty()) {
      throw DomainException.invalid(at(BODY, "states"), "List should have at least 1 item after validation, not 0",
          "too_short");
    }
    FieldRules.list(states, at(BODY, "states"), MAX_STATES);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < states.size(); i++) {
      List<Object> loc = at(BODY, "states", i);
      State s = FieldRules.required(states.get(i), loc);
      String name = FieldRules.nonEmpty(s.name(), at(loc, "name"), 256);
      if (!names.add(name)) {
        throw DomainException.invalid(at(loc, "name"), "State name '" + name + "' is used twice", "value_error");
      }
      state(s, loc);
    }
    known(names, d.newUserInitialState(), at(BODY, "new_user_initial_state"));
    known(names, d.returningUserInitialState(), at(BODY, "returning_user_initial_state"));
    known(names, d.terminalState(), at(BODY, "terminal_state"));
    for (int i = 0; i < states.size(); i++) {
      targets(names, states.get(i), at(BODY, "states", i));
    }
    return d;
  }

  private static void state(State s, List<Object> loc) {
    if (s instanceof ActionState a) {
      FieldRules.nonEmpty(a.objective(), at(loc, "objective"), MAX_TEXT);
      StateParts.actions(a.actions(), at(loc, "actions"));
      for (String f : List.of("intra_state_navigation_guidelines", "action_guidelines", "boundary_constraints")) {
        List<String> list = f.startsWith("intra") ? a.intraStateNavigationGuidelines()
            : f.startsWith("action") ? a.actionGuidelines() : a.boundaryConstraints();
        FieldRules.strings(FieldRules.required(list, at(loc, f)), at(loc, f), MAX_ITEMS, 2000, false);
      }
      exits(a.exitConditions(), at(loc, "exit_conditions"));
      StateParts.tools(a.actionToolCallSpecs(), at(loc, "action_tool_call_specs"));
      StateParts.tools(a.exitConditionToolCallSpecs(), at(loc, "exit_condition_tool_call_specs"));
      StateParts.common(a.channelOverrides(), a.guardrails(), a.turnPolicy(), loc);
      StateParts.risk(a.escalationConfig(), at(loc, "escalation_config"));
      FieldRules.map(a.surfaceSpecTemplate(), at(loc, "surface_spec_template"), 100);
      FieldRules.oneOf(a.waitFor(), at(loc, "wait_for"), WAIT_FOR);
    } else if (s instanceof DecisionState d) {
      FieldRules.nonEmpty(d.objective(), at(loc, "objective"), MAX_TEXT);
      exits(d.exitConditions(), at(loc, "exit_conditions"));
      FieldRules.strings(d.decisionGuidelines(), at(loc, "decision_guidelines"), MAX_ITEMS, 2000, false);
      StateParts.tools(d.toolCallSpecs(), at(loc, "tool_call_specs"));
      StateParts.common(d.channelOverrides(), d.guardrails(), d.turnPolicy(), loc);
      FieldRules.oneOf(d.waitFor(), at(loc, "wait_for"), WAIT_FOR);
    } else if (s instanceof AnnotationState n) {
      FieldRules.nonEmpty(n.innerThought(), at(loc, "inner_thought"), MAX_TEXT);
      FieldRules.required(n.nextState(), at(loc, "next_state"));
    } else if (s instanceof DataCollectionState c) {
      FieldRules.nonEmpty(c.objective(), at(loc, "objective"), MAX_TEXT);
      FieldRules.required(c.onComplete(), at(loc, "on_complete"));
      StateParts.fields(c.fields(), at(loc, "fields"));
      FieldRules.strings(c.actionGuidelines(), at(loc, "action_guidelines"), MAX_ITEMS, 2000, false);
      FieldRules.strings(c.boundaryConstraints(), at(loc, "boundary_constraints"), MAX_ITEMS, 2000, false);
      FieldRules.range(c.maxTurns(), at(loc, "max_turns"), 1, 100);
      FieldRules.range(c.surfaceFallbackAfterTurns(), at(loc, "surface_fallback_after_turns"), 1, 100);
      StateParts.tools(c.toolCallSpecs(), at(loc, "tool_call_specs"));
      StateParts.common(c.channelOverrides(), c.guardrails(), c.turnPolicy(), loc);
    }
  }

  private static void exits(List<ExitCondition> exits, List<Object> loc) {
    FieldRules.list(FieldRules.required(exits, loc), loc, MAX_ITEMS);
    for (int i = 0; i < exits.size(); i++) {
      ExitCondition e = FieldRules.required(exits.get(i), at(loc, i));
      FieldRules.nonEmpty(e.description(), at(loc, i, "description"), MAX_TEXT);
      FieldRules.required(e.nextState(), at(loc, i, "next_state"));
    }
  }

  private static void targets(Set<String> names, State s, List<Object> loc) {
    List<ExitCondition> exits = s instanceof ActionState a ? a.exitConditions()
        : s instanceof DecisionState d ? d.exitConditions() : List.of();
    for (int i = 0; i < exits.size(); i++) {
      known(names, exits.get(i).nextState(), at(loc, "exit_conditions", i, "next_state"));
    }
    if (s instanceof AnnotationState n) {
      known(names, n.nextState(), at(loc, "next_state"));
    } else if (s instanceof DataCollectionState c) {
      known(names, c.onComplete(), at(loc, "on_complete"));
    }
  }

  private static void known(Set<String> names, String state, List<Object> loc) {
    FieldRules.required(state, loc);
    if (!names.contains(state)) {
      String shown = state.length() > 64 ? state.substring(0, 64) + "..." : state;
      throw DomainException.invalid(loc, "No state named '" + shown + "' in this graph", "value_error");
    }
  }

  private static List<String> globalList(GraphDocument d, String field) {
    return field.equals("global_action_guidelines") ? d.globalActionGuidelines()
        : field.equals("global_boundary_constraints") ? d.globalBoundaryConstraints()
        : d.globalIntraStateNavigationGuidelines();
  }
}
