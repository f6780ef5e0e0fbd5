package dev.wsconsole.desktop.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MermaidRoundTripTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 6})
  void exportedTextParsesBackIntoTheSameDiagram(int count) {
    IsolationDiagram diagram = DiagramSamples.of(count);
    assertEquals(diagram, MermaidParser.parse(MermaidWriter.write(diagram)));
  }

  @Test
  void theTextIsALeftToRightFlowchartWithOneSubgraphPerWorkspace() {
    String text = MermaidWriter.write(DiagramSamples.of(3));
    assertTrue(text.lines().anyMatch(l -> l.equals("flowchart LR")));
    assertEquals(3, text.lines().filter(l -> l.strip().startsWith("subgraph ")).count());
    assertEquals(3, text.lines().filter(l -> l.strip().equals("end")).count());
    assertTrue(text.contains("[\"World Model<br/>1234 entities · 98765 events\"]"), text);
    assertTrue(text.contains("Phone Numbers<br/>n/a numbers"), text);
  }

  @Test
  void aCountOfOneReadsSingularAndParsesBackToTheSameUnit() {
    assertEquals("1 entity", Tally.of("entities", 1).text());
    assertEquals("1 service", Tally.of("services", 1).text());
    assertEquals("0 services", Tally.of("services", 0).text());
    assertEquals("n/a events", Tally.unknown("events").text());
    for (Tally t : java.util.List.of(Tally.of("entities", 1), Tally.of("numbers", 1), Tally.of("events", 7),
        Tally.unknown("sources"))) {
      assertEquals(t, Tally.parse(t.text()));
    }
  }

  @Test
  void namesWithQuotesHashesAndAnglesSurviveTheTrip() {
    WorkspaceGraph odd = DiagramSamples.workspace("A \"quoted\" <b>#1</b> clinic #35; [x]", Environment.STAGING, 4);
    IsolationDiagram diagram = new IsolationDiagram(java.util.List.of(odd));
    String text = MermaidWriter.write(diagram);
    assertTrue(text.contains("#quot;quoted#quot;"), text);
    assertEquals(diagram, MermaidParser.parse(text));
  }

  @Test
  void aLinkBetweenTwoWorkspacesIsRefused() {
    String text = MermaidWriter.write(DiagramSamples.of(2));
    String first = DiagramIds.node(DiagramIds.workspace(new UUID(1, 31)), ResourceKind.SERVICES);
    String second = DiagramIds.node(DiagramIds.workspace(new UUID(2, 62)), ResourceKind.SERVICES);
    String inside = text.replace("    " + second.replace("services", "world_model") + " --> " + second,
        "    " + first + " --> " + second);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MermaidParser.parse(inside));
    assertTrue(e.getMessage().contains("never linked"), e.getMessage());
    String outside = text + "  " + first + " --> " + second + "\n";
    e = assertThrows(IllegalArgumentException.class, () -> MermaidParser.parse(outside));
    assertTrue(e.getMessage().contains("never linked"), e.getMessage());
  }

  @Test
  void brokenTextIsRefusedWithItsLineNumber() {
    String text = MermaidWriter.write(DiagramSamples.of(1));
    IllegalArgumentException noEnd = assertThrows(IllegalArgumentException.class,
        () -> MermaidParser.parse(text.replace("  end\n", "")));
    assertTrue(noEnd.getMessage().contains("no 'end'"), noEnd.getMessage());
    IllegalArgumentException badCount = assertThrows(IllegalArgumentException.class,
        () -> MermaidParser.parse(text.replace("1 service", "many service")));
    assertTrue(badCount.getMessage().startsWith("mermaid line "), badCount.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MermaidParser.parse("graph TD\n"));
    assertThrows(IllegalArgumentException.class, () -> MermaidParser.parse(text.replace("[staging]", "[moon]")));
  }
}
