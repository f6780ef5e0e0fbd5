package dev.wsconsole.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.StorableText;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Jackson would accept but the platform refuses in a JSON body, found in one streaming pass before the body
 * is bound: a leading byte order mark (RFC 8259 forbids sending one), a key given twice in one object (which one
 * wins is up to the parser), and any key or string value PostgreSQL cannot store ({@link StorableText}). Each is a
 * 422 whose {@code loc} names the key or value. Malformed JSON is left to the binding read, which reports it.
 */
final class JsonBodyScan {
  /** Plain parsing: the scan tracks duplicates itself, so it can name them. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonBodyScan() {}

  static void check(byte[] bytes) {
    if (startsWithByteOrderMark(bytes)) {
      throw DomainException.invalid(List.of("body", 0),
          "JSON decode error: the body should not start with a byte order mark (U+FEFF)", "json_invalid");
    }
    Deque<Set<String>> keys = new ArrayDeque<>();
    try (JsonParser p = FACTORY.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> keys.push(new HashSet<>());
          case END_OBJECT -> keys.pop();
          case FIELD_NAME -> {
            String name = p.currentName();
            String problem = StorableText.problem(name);
            if (problem != null) { // named by its object: the key itself cannot be written back
              throw DomainException.invalid(loc(p.getParsingContext().getParent()), "Key: " + problem,
                  "string_unstorable");
            }
            if (!keys.peek().add(name)) {
              throw DomainException.invalid(loc(p.getParsingContext()),
                  "Duplicate key '" + name + "': each key may appear once in an object", "duplicate_key");
            }
          }
          case VALUE_STRING -> StorableText.require(loc(p.getParsingContext()), p.getText());
          default -> { }
        }
      }
    } catch (IOException e) {
      // Malformed (or not UTF-8/16/32) JSON: the binding read refuses it with the usual json_invalid answer.
    }
  }

  private static boolean startsWithByteOrderMark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
            || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  /** {@code ["body", key or index, ...]} down to {@code context}'s current key or index. */
  private static List<Object> loc(JsonStreamContext context) {
    List<Object> path = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      path.add(0, c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
    }
    path.add(0, "body");
    return path;
  }
}
