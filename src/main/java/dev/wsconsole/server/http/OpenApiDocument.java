package dev.wsconsole.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our OpenAPI 3.1 document, generated from the route table: each operation's id, success status and
 * success body schema (derived from the handler's response type); extensions carry {@code x-extension: true}.
 */
public final class OpenApiDocument {
  private OpenApiDocument() {}

  public static Map<String, Object> render(List<Route> routes) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      item.put(r.method().toLowerCase(Locale.ROOT), operation(r));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Workspace Console API", "version", "0.1.0",
        "description", "The Amigo Platform API subset the console mirrors, plus extensions marked x-extension."));
    doc.put("paths", paths);
    return doc;
  }

  private static Map<String, Object> operation(Route r) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", r.operationId());
    if (r.permission() != null) {
      op.put("x-permission", r.permission().wireName());
    }
    op.put("x-scope", r.scope().name().toLowerCase(Locale.ROOT));
    if (r.extension()) {
      op.put("x-extension", true);
    }
    Map<String, Object> success = new LinkedHashMap<>();
    success.put("description", "Successful Response");
    Map<String, Object> schema = ResponseSchemas.of(r.responseType());
    if (schema != null) {
      success.put("content", Map.of("application/json", Map.of("schema", schema)));
    }
    op.put("responses", Map.of(Integer.toString(r.successStatus()), success));
    return op;
  }
}
