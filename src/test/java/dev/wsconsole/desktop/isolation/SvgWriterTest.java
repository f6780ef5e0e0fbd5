package dev.wsconsole.desktop.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgWriterTest {

  @Test
  void theSvgIsWellFormedAndShowsEveryFrameBoxAndArrow() throws Exception {
    DiagramLayout layout = IsolationLayout.layout(DiagramSamples.of(3));
    Document svg = parse(SvgWriter.write(layout, DiagramPalette.LIGHT));
    Element root = svg.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals(3, svg.getElementsByTagNameNS("*", "g").getLength());
    assertEquals(9, svg.getElementsByTagNameNS("*", "polyline").getLength());
    List<String> texts = texts(svg);
    for (WorkspaceGraph w : layout.diagram().workspaces()) {
      assertTrue(texts.contains(w.name()), "no title " + w.name());
      assertTrue(texts.contains(w.environment().wireName()), "no badge for " + w.name());
      for (DiagramNode n : w.nodes()) {
        assertTrue(svg.getElementById(n.id()) != null || hasId(svg, n.id()), "no box " + n.id());
        assertTrue(texts.contains(n.countText()), "no count " + n.countText());
      }
    }
  }

  @Test
  void namesThatLookLikeMarkupStayText() throws Exception {
    WorkspaceGraph w = DiagramSamples.workspace("<script>alert('x')</script> & \"co\"",
        dev.wsconsole.model.Environment.PRODUCTION, 5);
    Document svg = parse(SvgWriter.write(IsolationLayout.layout(new IsolationDiagram(List.of(w))), DiagramPalette.DARK));
    assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
    assertTrue(texts(svg).contains(w.name()));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document svg) {
    NodeList list = svg.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add(list.item(i).getTextContent());
    }
    return out;
  }

  private static boolean hasId(Document svg, String id) {
    NodeList rects = svg.getElementsByTagNameNS("*", "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      if (id.equals(((Element) rects.item(i)).getAttribute("id"))) {
        return true;
      }
    }
    return false;
  }
}
