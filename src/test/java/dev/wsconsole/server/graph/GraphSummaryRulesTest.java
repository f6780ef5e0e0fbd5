package dev.wsconsole.server.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.graph.GraphDocument.ActionState;
import dev.wsconsole.server.graph.GraphDocument.AnnotationState;
import dev.wsconsole.server.graph.GraphDocument.DataCollectionState;
import dev.wsconsole.server.graph.GraphDocument.DecisionState;
import dev.wsconsole.server.graph.GraphDocument.State;
import dev.wsconsole.server.graph.GraphParts.CollectionField;
import dev.wsconsole.server.graph.GraphParts.ExitCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context graph summary: transitions, entries, unreachable states, dead ends and traps, as pure code. */
class GraphSummaryRulesTest {

  private static ActionState action(String name, ExitCondition... exits) {
    return new ActionState(name, "Do " + name, List.of(), List.of(), List.of(), List.of(), List.of(exits), null, null,
        null, null, null, null, null, null);
  }

  private static ExitCondition to(String next, String why) {
    return new ExitCondition(why, next, null);
  }

  private static GraphDocument graph(String entry, String returning, String terminal, State... states) {
    return new GraphDocument("", List.of(states), entry, returning, terminal, null, null, null, null);
  }

  @Test
  void everyKindOfStateContributesItsTransitions() {
    GraphDocument g = graph("greet", "welcome-back", "end",
        action("greet", to("route", "caller explains")),
        new AnnotationState("welcome-back", "They have called before", "route"),
        new DecisionState("route", "Pick", List.of(to("intake", "new problem"), to("end", "nothing else")), null,
            null, null, null, null, null),
        new DataCollectionState("intake", "Collect", List.of(new CollectionField("dob", "date", "DOB", null, null,
            null, null, null)), "end", null, null, null, null, null, null, null, null, null),
        action("end"));
    var s = GraphSummaryRules.summarize(3, g);
    assertEquals(3, s.version());
    assertEquals(5, s.transitions().size());
    assertEquals(new GraphSummaryRules.Transition("welcome-back", "route", "after its inner thought"),
        s.transitions().get(1));
    assertEquals(new GraphSummaryRules.Transition("intake", "end", "when its fields are collected"),
        s.transitions().get(4));
    assertEquals(List.of(), s.unreachableStates());
    assertEquals(List.of(), s.deadEnds());
    assertEquals(List.of(), s.cannotReachTerminal());
    assertEquals("data_collection", s.states().get(3).type());
    assertEquals("Collect (1 field)", s.states().get(3).purpose());
    assertTrue(s.lines().contains("New users start in 'greet', returning users in 'welcome-back'."), s.lines().toString());
    assertTrue(s.lines().contains("'greet' -> 'route' when: caller explains"), s.lines().toString());
  }

  @Test
  void unreachableStatesDeadEndsAndTrapsAreNamed() {
    GraphDocument g = graph("start", "start", "end",
        action("start", to("loop-a", "stuck"), to("end", "done"), to("cul-de-sac", "odd")),
        action("loop-a", to("loop-b", "again")),
        action("loop-b", to("loop-a", "again")),
        action("cul-de-sac"),
        action("orphan", to("end", "done")),
        action("end"));
    var s = GraphSummaryRules.summarize(1, g);
    assertEquals(List.of("orphan"), s.unreachableStates());
    assertEquals(List.of("cul-de-sac"), s.deadEnds(), "the terminal state is not a dead end");
    assertEquals(List.of("loop-a", "loop-b", "cul-de-sac"), s.cannotReachTerminal());
    assertTrue(s.lines().contains("Never reached from an entry state: 'orphan'."), s.lines().toString());
    assertTrue(s.lines().contains("Every conversation starts in 'start'."), s.lines().toString());
  }

  @Test
  void aSingleStateGraphIsSummarisedWithoutComplaints() {
    var s = GraphSummaryRules.summarize(1, graph("only", "only", "only", action("only")));
    assertEquals(List.of(), s.deadEnds());
    assertEquals(List.of(), s.unreachableStates());
    assertEquals("1 state, 0 transitions.", s.lines().get(0));
  }
}
