package dev.wsconsole.desktop.isolation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mermaid's entity codes for the characters a quoted label cannot hold. */
final class MermaidText {
  static final String LINE_BREAK = "<br/>";
  private static final Pattern ENTITY = Pattern.compile("#(quot|lt|gt|35);");

  private MermaidText() {}

  static String encode(String text) {
    return text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }

  static String decode(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String plain = switch (m.group(1)) {
        case "quot" -> "\"";
        case "lt" -> "<";
        case "gt" -> ">";
        default -> "#";
      };
      m.appendReplacement(out, Matcher.quoteReplacement(plain));
    }
    return m.appendTail(out).toString();
  }
}
