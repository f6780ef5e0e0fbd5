package dev.wsconsole.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The platform contract (a copy kept under src/test/resources/contract) and the comparisons the drift
 * test makes: which fields the contract requires that our schema, or a real response body, lacks.
 */
final class ContractSchemas {
  private static final int MAX_DEPTH = 8;
  private final JsonNode doc;

  private ContractSchemas(JsonNode doc) {
    this.doc = doc;
  }

  static ContractSchemas load() throws Exception {
    try (InputStream in = ContractSchemas.class.getResourceAsStream("/contract/amigo-platform-subset.openapi.json")) {
      return new ContractSchemas(new ObjectMapper().readTree(in));
    }
  }

  /** The contract's operation for this method and path, or null when the contract has none. */
  JsonNode operation(String method, String path) {
    JsonNode op = doc.path("paths").path(path).path(method.toLowerCase());
    return op.isMissingNode() ? null : op;
  }

  /** The first 2xx status of an operation and its response object. */
  static Map.Entry<String, JsonNode> success(JsonNode operation) {
    for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("2")) {
        return e;
      }
    }
    throw new AssertionError("operation without a 2xx response: " + operation.path("operationId"));
  }

  static JsonNode jsonSchema(JsonNode response) {
    return response.path("content").path("application/json").path("schema");
  }

  /** Contract-required fields (at any depth) missing from {@code ours}' properties, as dotted paths. */
  List<String> missingInSchema(JsonNode contract, JsonNode ours, JsonNode oursDoc) {
    List<String> missing = new ArrayList<>();
    compare(contract, ours, "", missing, 0, false, oursDoc);
    return missing;
  }

  /** Contract-required fields (at any depth) missing from a real JSON body, as dotted paths. */
  List<String> missingInBody(JsonNode contract, JsonNode body) {
    List<String> missing = new ArrayList<>();
    compare(contract, body, "", missing, 0, true, null);
    return missing;
  }

  private void compare(JsonNode contract, JsonNode ours, String at, List<String> missing, int depth, boolean body,
                       JsonNode oursDoc) {
    JsonNode c = resolve(contract, doc);
    JsonNode o = body ? ours : resolve(ours, oursDoc);
    if (depth > MAX_DEPTH || c == null || o == null || o.isNull() || o.isMissingNode()) {
      return;
    }
    if (c.has("items")) {
      if (body) {
        for (JsonNode element : o) {
          compare(c.get("items"), element, at + "[].", missing, depth + 1, true, null);
        }
      } else {
        compare(c.get("items"), o.path("items"), at + "[].", missing, depth + 1, false, oursDoc);
      }
      return;
    }
    JsonNode fields = body ? o : o.path("properties");
    for (JsonNode required : c.path("required")) {
      if (!fields.has(required.asText())) {
        missing.add(at + required.asText());
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      if (fields.has(p.getKey())) {
        compare(p.getValue(), fields.get(p.getKey()), at + p.getKey() + ".", missing, depth + 1, body, oursDoc);
      }
    }
  }

  /** Follows {@code $ref}s (in {@code refs}) and picks the non-null branch of an {@code anyOf}. */
  static JsonNode resolve(JsonNode schema, JsonNode refs) {
    JsonNode s = schema;
    for (int i = 0; i < MAX_DEPTH && s != null; i++) {
      if (s.has("$ref") && refs != null) {
        s = refs.at(s.get("$ref").asText().substring(1));
      } else if (s.has("anyOf")) {
        JsonNode pick = null;
        for (JsonNode option : s.get("anyOf")) {
          if (!"null".equals(option.path("type").asText())) {
            pick = option;
            break;
          }
        }
        s = pick;
      } else {
        return s;
      }
    }
    return s;
  }
}
