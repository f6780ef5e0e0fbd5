package dev.wsconsole.server.graph;

import dev.wsconsole.server.graph.GraphDocument.ActionState;
import dev.wsconsole.server.graph.GraphDocument.AnnotationState;
import dev.wsconsole.server.graph.GraphDocument.DataCollectionState;
import dev.wsconsole.server.graph.GraphDocument.DecisionState;
import dev.wsconsole.server.graph.GraphDocument.State;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A readable account of a context graph version, derived by pure code: its states, every transition
 * and what triggers it, where new and returning users enter, which states no entry reaches, which
 * non-terminal states have no way out, and which reachable states can never get to the terminal state.
 */
public final class GraphSummaryRules {
  private GraphSummaryRules() {}

  /** One state: its kind, its purpose in a line, and how many ways lead out. */
  public record StateLine(String name, String type, String purpose, int exits) {}

  /** A move from one state to another and what triggers it. */
  public record Transition(String from, String to, String when) {}

  /** The summary served by GET .../context-graphs/{id}/summary. */
  public record Summary(int version, String newUserEntryState, String returningUserEntryState, String terminalState,
                        List<StateLine> states, List<Transition> transitions, List<String> unreachableStates,
                        List<String> deadEnds, List<String> cannotReachTerminal, List<String> lines) {}

  public static Summary summarize(int version, GraphDocument d) {
    List<StateLine> states = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (State s : d.states()) {
      List<Transition> out = transitionsOf(s);
      transitions.addAll(out);
      states.add(new StateLine(s.name(), typeOf(s), purposeOf(s), out.size()));
    }
    Set<String> names = new LinkedHashSet<>();
    states.forEach(s -> names.add(s.name()));
    Set<String> reachable = walk(List.of(d.newUserInitialState(), d.returningUserInitialState()), transitions, false);
    Set<String> reachTerminal = walk(List.of(d.terminalState()), transitions, true);
    List<String> unreachable = names.stream().filter(n -> !reachable.contains(n)).toList();
    List<String> deadEnds = states.stream()
        .filter(s -> s.exits() == 0 && !s.name().equals(d.terminalState())).map(StateLine::name).toList();
    List<String> stuck = names.stream()
        .filter(n -> reachable.contains(n) && !reachTerminal.contains(n)).toList();
    return new Summary(version, d.newUserInitialState(), d.returningUserInitialState(), d.terminalState(), states,
        transitions, unreachable, deadEnds, stuck, lines(d, states, transitions, unreachable, deadEnds, stuck));
  }

  static List<Transition> transitionsOf(State s) {
    List<Transition> out = new ArrayList<>();
    if (s instanceof ActionState a) {
      a.exitConditions().forEach(e -> out.add(new Transition(s.name(), e.nextState(), e.description())));
    } else if (s instanceof DecisionState d) {
      d.exitConditions().forEach(e -> out.add(new Transition(s.name(), e.nextState(), e.description())));
    } else if (s instanceof AnnotationState n) {
      out.add(new Transition(s.name(), n.nextState(), "after its inner thought"));
    } else if (s instanceof DataCollectionState c) {
      out.add(new Transition(s.name(), c.onComplete(), "when its fields are collected"));
    }
    return out;
  }

  private static String typeOf(State s) {
    return s instanceof ActionState ? "action" : s instanceof DecisionState ? "decision"
        : s instanceof AnnotationState ? "annotation" : "data_collection";
  }

  private static String purposeOf(State s) {
    if (s instanceof ActionState a) {
      return a.objective();
    } else if (s instanceof DecisionState d) {
      return d.objective();
    } else if (s instanceof AnnotationState n) {
      return n.innerThought();
    }
    DataCollectionState c = (DataCollectionState) s;
    return c.objective() + " (" + c.fields().size() + " field" + (c.fields().size() == 1 ? "" : "s") + ")";
  }

  /** States reachable from {@code starts} along transitions (against them when {@code backwards}). */
  private static Set<String> walk(List<String> starts, List<Transition> transitions, boolean backwards) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    starts.stream().filter(s -> s != null).forEach(todo::add);
    while (!todo.isEmpty()) {
      String at = todo.pop();
      if (!seen.add(at)) {
        continue;
      }
      for (Transition t : transitions) {
        if ((backwards ? t.to() : t.from()).equals(at)) {
          todo.add(backwards ? t.from() : t.to());
        }
      }
    }
    return seen;
  }

  private static List<String> lines(GraphDocument d, List<StateLine> states, List<Transition> transitions,
                                    List<String> unreachable, List<String> deadEnds, List<String> stuck) {
    List<String> lines = new ArrayList<>();
    lines.add(states.size() + " state" + (states.size() == 1 ? "" : "s") + ", " + transitions.size()
        + " transition" + (transitions.size() == 1 ? "" : "s") + ".");
    lines.add(d.newUserInitialState().equals(d.returningUserInitialState())
        ? "Every conversation starts in '" + d.newUserInitialState() + "'."
        : "New users start in '" + d.newUserInitialState() + "', returning users in '"
            + d.returningUserInitialState() + "'.");
    lines.add("Conversations end in '" + d.terminalState() + "'.");
    for (Transition t : transitions) {
      lines.add("'" + t.from() + "' -> '" + t.to() + "' " + (t.when().startsWith("after ")
          || t.when().startsWith("when ") ? t.when() : "when: " + t.when()));
    }
    if (!unreachable.isEmpty()) {
      lines.add("Never reached from an entry state: " + quoted(unreachable) + ".");
    }
    if (!deadEnds.isEmpty()) {
      lines.add("No way out (and not the terminal state): " + quoted(deadEnds) + ".");
    }
    if (!stuck.isEmpty()) {
      lines.add("Reachable but cannot lead to '" + d.terminalState() + "': " + quoted(stuck) + ".");
    }
    return lines;
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
